import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './helpers/serve-process';

const root = path.join(__dirname, '..');
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

/** `content-graph serve` on an in-memory database; resolves once its stdout holds `until`. */
async function serveUntil(env: NodeJS.ProcessEnv, until: (stdout: string, port: number) => boolean) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      '-r',
      '@swc-node/register',
      path.join(root, 'src', 'cli.ts'),
      'serve',
      '--no-demo',
      '--port',
      String(port),
    ],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: 'sqlite::memory:', CONTENT_GRAPH_LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  stops.push(async () => {
    child.kill('SIGTERM');
    await exited;
  });
  let stdout = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (until(stdout, port)) resolve();
    });
    void exited.then(() => reject(new Error(`serve exited early; stdout:\n${stdout}`)));
  });
  return { port, stdout: () => stdout };
}

describe('serve logs', () => {
  it('pretty (what a terminal gets): a plain "listening on" line and readable request lines', async () => {
    const listening = (port: number) => `content-graph listening on http://localhost:${port}/graphql`;
    const served = await serveUntil({ CONTENT_GRAPH_LOG_FORMAT: 'pretty' }, (out, port) =>
      out.includes(listening(port)),
    );
    expect(served.stdout()).toMatch(
      new RegExp(`^\\d\\d:\\d\\d:\\d\\d ${listening(served.port)} \\(sqlite::memory:\\)$`, 'm'),
    );
    expect(served.stdout()).not.toContain('{"level"');
    expect((await fetch(`http://127.0.0.1:${served.port}/healthz`)).status).toBe(200);
    await expect.poll(served.stdout).toMatch(/^\d\d:\d\d:\d\d GET \/healthz 200 \d+\.\d ms$/m);
  });

  it('json (what a pipe gets by default): JSON lines as before', async () => {
    const served = await serveUntil({ CONTENT_GRAPH_LOG_FORMAT: '' }, (out) =>
      out.includes('"msg":"listening"'),
    );
    const lines = served
      .stdout()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.find((line) => line.msg === 'listening')).toMatchObject({
      service: 'content-graph',
      url: `http://localhost:${served.port}/graphql`,
    });
  });
});
