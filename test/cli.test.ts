import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';

const root = path.join(__dirname, '..');
let dir: string;
let database: TestDatabase;

/** Runs the real CLI (TypeScript through SWC, as `content-graph` would run from dist/). */
function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', path.join(root, 'src', 'cli.ts'), ...args],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: database.url, ...env },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-cli-'));
  database = await createTestDatabase(`sqlite:${path.join(dir, 'cli.sqlite')}`);
  fs.writeFileSync(
    path.join(dir, 'in.jsonl'),
    [
      JSON.stringify({
        id: 'x1',
        title: 'Ghana and Togo sign a border deal',
        body: 'Accra and Lome agreed on new crossings.',
      }),
      'not json',
    ].join('\n'),
  );
});
afterAll(async () => {
  await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('content-graph CLI', () => {
  it('ingest › prints a summary with each skipped record and exits 1 when records were skipped', () => {
    const run = cli(['ingest', path.join(dir, 'in.jsonl')]);
    expect(run.stdout).toContain('ingested 1, updated 0, unchanged 0, skipped 1');
    expect(run.stdout).toContain(`skipped ${path.join(dir, 'in.jsonl')}:2: malformed JSON`);
    expect(run.status).toBe(1);
  });

  it('query › answers from the database the ingest wrote', () => {
    const run = cli([
      'query',
      '{ articles(filter: { mentionsAll: ["GH", "TG"] }) { totalCount nodes { title } } }',
    ]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      data: { articles: { totalCount: 1, nodes: [{ title: 'Ghana and Togo sign a border deal' }] } },
    });
  });

  it('logs go to stderr: a "slow query" line never lands in the summary on stdout', () => {
    const file = path.join(dir, 'long.jsonl');
    // A long body makes the article's insert (and its full-text index rows) take well over 1 ms.
    const body = Array.from({ length: 40_000 }, (_, i) => `word${i}`).join(' ');
    fs.writeFileSync(
      file,
      `${JSON.stringify({ title: 'Ghana and Togo', body: `Accra and Lome. ${body}` })}\n`,
    );
    const env = {
      DATABASE_URL: `sqlite:${path.join(dir, 'slow.sqlite')}`,
      CONTENT_GRAPH_SLOW_QUERY_MS: '1',
      CONTENT_GRAPH_LOG_LEVEL: 'warn',
    };
    const ingest = cli(['ingest', file], env);
    expect(ingest.status).toBe(0);
    expect(ingest.stdout).toBe('ingested 1, updated 0, unchanged 0, skipped 0\n');
    expect(ingest.stderr).toContain('"msg":"slow query"');
    const query = cli(['query', '{ articles(filter: { text: "word39999" }) { totalCount } }'], env);
    expect(JSON.parse(query.stdout)).toEqual({ data: { articles: { totalCount: 1 } } });
  });

  it('a bad DATABASE_URL stops with a message naming the variable', () => {
    const run = cli(['migrate'], { DATABASE_URL: 'mysql://nowhere' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('DATABASE_URL');
  });
});
