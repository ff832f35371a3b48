import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

export interface IngestRun {
  code: number | null;
  /** stdout and stderr together, in arrival order. */
  output: string;
}

/** `content-graph ingest FILE` on DATABASE_URL as a child process (TypeScript through SWC, as test/cli.test.ts does). */
export function ingestInChildProcess(databaseUrl: string, file: string): Promise<IngestRun> {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', path.join(root, 'src', 'cli.ts'), 'ingest', file],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, CONTENT_GRAPH_LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}
