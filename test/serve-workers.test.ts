import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.join(__dirname, '..');
const DEMO_ARTICLES = fs
  .readFileSync(path.join(root, 'demo', 'articles.jsonl'), 'utf8')
  .trim()
  .split('\n').length;
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-workers-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The real CLI (TypeScript through SWC); cluster workers inherit the same loader. */
const cliArgs = (args: string[]) => ['-r', '@swc-node/register', path.join(root, 'src', 'cli.ts'), ...args];

async function freePort(): Promise<number> {
  const probe = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Pids whose parent is `pid` (Linux /proc: the 4th field of /proc/PID/stat). */
function childrenOf(pid: number): number[] {
  return fs.readdirSync('/proc').flatMap((id) => {
    if (!/^\d+$/.test(id)) return [];
    try {
      const parent = Number(fs.readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      return parent === pid ? [Number(id)] : [];
    } catch {
      return [];
    }
  });
}

/** Resolves once `count` JSON log lines with this message have been printed. */
function logged(server: ChildProcess, message: string, count: number): Promise<void> {
  let output = '';
  return new Promise((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split('\n').filter((line) => line.includes(`"msg":"${message}"`)).length >= count) resolve();
    });
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

describe('serve --workers', () => {
  it('serves one port from two worker processes over the database the first one prepared, and stops on SIGTERM', async () => {
    const port = await freePort();
    const server = spawn(process.execPath, cliArgs(['serve', '--workers', '2', '--port', String(port)]), {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: `sqlite:${path.join(dir, 'workers.sqlite')}`,
        CONTENT_GRAPH_LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    // The first worker migrates and loads the demo corpus; the second starts once the first has (it listens before).
    await logged(server, 'listening', 2);

    const totals = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ articles { totalCount } }' }),
        });
        const body = (await response.json()) as { data: { articles: { totalCount: number } } };
        return body.data.articles.totalCount;
      }),
    );
    expect(new Set(totals)).toEqual(new Set([DEMO_ARTICLES]));
    const workers = childrenOf(server.pid!);
    expect(workers).toHaveLength(2);
    for (const pid of workers) {
      expect(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).toContain(
        '--max-old-space-size=160',
      );
    }

    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 120_000);

  it('refuses a worker count that is not a whole number of at least 1, naming the option', () => {
    const result = spawnSync(process.execPath, cliArgs(['serve', '--workers', '0']), {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, 'refused.sqlite')}` },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('--workers');
    expect(result.stderr).toContain('at least 1');
  });

  it('refuses a worker heap below 64 MB, naming the option', () => {
    const result = spawnSync(
      process.execPath,
      cliArgs(['serve', '--workers', '2', '--worker-heap-mb', '10']),
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, 'refused.sqlite')}` },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('--worker-heap-mb');
  });

  it('refuses several workers on an in-memory database, which each would get empty', () => {
    const result = spawnSync(process.execPath, cliArgs(['serve', '--workers', '2']), {
      cwd: root,
      env: { ...process.env, DATABASE_URL: 'sqlite::memory:' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('needs a database file');
  });
});
