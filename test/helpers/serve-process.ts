import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

/** A free loopback port (bound, read, released). */
export async function freePort(): Promise<number> {
  const probe = http.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface ServeProcess {
  child: ChildProcess;
  port: number;
  /** Everything the process wrote so far, stdout and stderr. */
  output(): string;
  /** Resolves with the first JSON log line whose msg is `msg` (and that `match` accepts). */
  logLine(msg: string, match?: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

/** `content-graph serve --no-demo` as a child process (TypeScript through SWC, as test/cli.test.ts runs the CLI). */
export async function startServe(env: NodeJS.ProcessEnv): Promise<ServeProcess> {
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
    // The helper reads JSON lines: a CONTENT_GRAPH_LOG_FORMAT=pretty in the caller's shell must not change that.
    {
      cwd: root,
      env: { ...process.env, CONTENT_GRAPH_LOG_FORMAT: 'json', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const lines: Record<string, unknown>[] = [];
  const waiting: {
    msg: string;
    match: (line: Record<string, unknown>) => boolean;
    resolve: (line: Record<string, unknown>) => void;
  }[] = [];
  const offer = (line: Record<string, unknown>) => {
    for (const waiter of [...waiting]) {
      if (line.msg === waiter.msg && waiter.match(line)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  };
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    pending += chunk.toString();
    const complete = pending.split('\n');
    pending = complete.pop()!;
    for (const text of complete.filter(Boolean)) {
      const line = JSON.parse(text) as Record<string, unknown>;
      lines.push(line);
      offer(line);
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    child,
    port,
    output: () => output,
    logLine: (msg, match = () => true) =>
      new Promise((resolve) => {
        const seen = lines.find((line) => line.msg === msg && match(line));
        if (seen) resolve(seen);
        else waiting.push({ msg, match, resolve });
      }),
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  };
}
