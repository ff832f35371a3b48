import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app';
import { loadConfig } from '../src/config';
import { createExtractor } from '../src/extraction';
import { DEMO_CORPUS_PATH } from '../src/ingest/demo-corpus';
import { ingestFiles } from '../src/ingest/ingest-files';
import { createServer } from '../src/http/server';
import { executeText } from './helpers/execute';
import { graphRows } from './helpers/graph-rows';
import { TEST_API_KEY } from './helpers/test-app';
import { createTestDatabase, testBackend, type TestDatabase } from './helpers/test-database';

const root = path.join(__dirname, '..');
const extractor = createExtractor();
let dir: string;
let sourceUrl: string;
const databases: TestDatabase[] = [];

/** The real CLI (TypeScript through SWC), as an operator runs it. */
function copy(args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', path.join(root, 'src', 'cli.ts'), 'copy', ...args],
    { cwd: root, env: process.env, encoding: 'utf8', timeout: 120_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A database of the project's backend to copy into: a SQLite file, or a fresh PostgreSQL schema. */
async function newTarget(name: string): Promise<TestDatabase> {
  const database = await createTestDatabase(`sqlite:${path.join(dir, `${name}.sqlite`)}`);
  databases.push(database);
  return database;
}

async function openApp(url: string): Promise<App> {
  return createApp(
    loadConfig({
      DATABASE_URL: url,
      CONTENT_GRAPH_API_KEYS: TEST_API_KEY,
      CONTENT_GRAPH_LOG_LEVEL: 'silent',
    }),
    extractor,
  );
}

/** The documented questions (README, docs/dashboards.md) and the walks that load every article field. */
const QUERIES = [
  `{ articles(filter: { mentionsAll: ["China", "North Korea"] }, first: 5) { totalCount nodes { id title publishedAt
      countries { code } people: entities(kind: PERSON) { name }
      mentions { entity { id name kind } count salience snippets { text start end field } } } } }`,
  '{ articles(filter: { mentionsAll: ["CN", "KP"], mentionsNone: ["Russia"] }) { totalCount nodes { id } } }',
  '{ articles(filter: { text: "\\"state visit\\"" }) { totalCount nodes { id title } } }',
  '{ search(query: "\\"state visit\\"") { totalCount edges { node { id } } } }',
  '{ entity(slug: "kim-jong-un") { id name aliases articles(first: 3) { totalCount nodes { title } } } }',
  '{ coMentionMatrix(entities: ["China", "North Korea", "Russia"]) { counts } }',
  `{ articles(filter: { mentionsAll: ["North Korea"] }) { totalCount facets {
      countries(first: 3) { country { code } count } people(first: 3) { entity { name } count } } } }`,
  '{ entity(slug: "nvidia") { coMentions(kind: ORGANIZATION, first: 3) { entity { name } sharedArticles lift } } }',
  '{ articles(last: 5) { totalCount edges { cursor node { id sortDate: publishedAt } } } }',
];

/** Every index of the graph with its definition, schema names left out (each PostgreSQL test has its own). */
async function indexes(app: App): Promise<string[]> {
  const rows: { definition: string }[] =
    app.dataSource.options.type === 'postgres'
      ? await app.dataSource.query(
          'SELECT indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname',
        )
      : await app.dataSource.query(
          `SELECT name || ': ' || COALESCE(sql, '') AS definition FROM sqlite_master WHERE type = 'index' ORDER BY name`,
        );
  return rows.map((row) => row.definition.replace(/ ON \S+\./, ' ON '));
}

async function answers(app: App): Promise<unknown[]> {
  const server = await createServer(app);
  try {
    const results: unknown[] = [];
    for (const query of QUERIES) results.push(await executeText(server, query));
    return results;
  } finally {
    await server.stop();
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-copy-'));
  sourceUrl = `sqlite:${path.join(dir, 'source.sqlite')}`;
  const source = await openApp(sourceUrl);
  try {
    const summary = await ingestFiles([DEMO_CORPUS_PATH], source.services.ingest, {
      maxRecordBytes: 4_000_000,
    });
    expect(summary.skipped).toEqual([]);
  } finally {
    await source.close();
  }
}, 120_000);

afterAll(async () => {
  for (const database of databases) await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe(`content-graph copy from SQLite into ${testBackend()}`, () => {
  it('round-trips the demo corpus: same rows in every graph table, same answers, ids continue', async () => {
    const target = await newTarget('target');
    const run = copy(['--from', sourceUrl, '--to', target.url]);
    expect(run.stderr).not.toContain('content-graph:');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ {2}article {8}34$/m);
    expect(run.stdout).toMatch(/^ {2}mention {8}\d+$/m);
    expect(run.stdout).toContain('sample queries answered identically');

    const fresh = await newTarget('fresh');
    const [source, copied, migrated] = [
      await openApp(sourceUrl),
      await openApp(target.url),
      await openApp(fresh.url),
    ];
    try {
      expect(await graphRows(copied.dataSource)).toEqual(await graphRows(source.dataSource));
      // The indexes PostgreSQL builds after the load are the ones the migrations create.
      expect(await indexes(copied)).toEqual(await indexes(migrated));
      expect((await indexes(copied)).join('\n')).toContain('idx_mention_entity_date');
      const [before, after] = [await answers(source), await answers(copied)];
      expect(JSON.stringify(before)).not.toContain('"errors"');
      expect(after).toEqual(before);

      const next = await copied.services.ingest.ingest({
        title: 'Ghana and Togo sign a border deal',
        body: 'Accra and Lome agreed on new crossings.',
      });
      expect('article' in next && next.article.id).toBe(35);
    } finally {
      await Promise.all([source.close(), copied.close(), migrated.close()]);
    }

    const backUrl = `sqlite:${path.join(dir, 'back.sqlite')}`;
    expect(copy(['--from', sourceUrl, '--to', backUrl]).status).toBe(0);
    const back = copy(['--from', target.url, '--to', backUrl, '--replace']);
    expect(back.stderr).not.toContain('content-graph:');
    expect(back.status).toBe(0);
    const [copiedAgain, original] = [await openApp(target.url), await openApp(backUrl)];
    try {
      expect(await graphRows(original.dataSource)).toEqual(await graphRows(copiedAgain.dataSource));
    } finally {
      await Promise.all([copiedAgain.close(), original.close()]);
    }
  });

  it('refuses a target that holds articles, names it, and leaves it as it was; --replace copies anew', async () => {
    const target = await newTarget('refused');
    expect(copy(['--from', sourceUrl, '--to', target.url]).status).toBe(0);
    const app = await openApp(target.url);
    await app.services.ingest.ingest({ title: 'One more story', body: 'Accra and Lome agreed again.' });
    const before = await graphRows(app.dataSource);
    await app.close();

    const refused = copy(['--from', sourceUrl, '--to', target.url]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('already holds 35 articles');
    expect(refused.stderr).toContain('--replace');
    const unchanged = await openApp(target.url);
    expect(await graphRows(unchanged.dataSource)).toEqual(before);
    await unchanged.close();

    const replaced = copy(['--from', sourceUrl, '--to', target.url, '--replace']);
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).toMatch(/^ {2}article {8}34$/m);
  });

  it('bad input › clear errors naming the flag, never a password, and the source untouched', async () => {
    const emptyFile = path.join(dir, 'not-a-graph.sqlite');
    const empty = await openApp(`sqlite:${path.join(dir, 'other.sqlite')}`);
    await empty.close();
    fs.writeFileSync(emptyFile, '');
    const cases: [string[], string][] = [
      [
        ['--from', 'mysql://me@db/graph', '--to', sourceUrl],
        '--from: unsupported scheme in "mysql://me@db/graph"',
      ],
      [['--from', sourceUrl, '--to', sourceUrl], '--from and --to name the same database'],
      [
        ['--from', `sqlite:${path.join(dir, 'missing.sqlite')}`, '--to', sourceUrl],
        '--from: no such SQLite file',
      ],
      [
        ['--from', `sqlite:${emptyFile}`, '--to', `sqlite:${path.join(dir, 'x.sqlite')}`],
        'holds no content graph',
      ],
      [
        ['--from', sourceUrl, '--to', 'postgres://copier:s3cret@127.0.0.1:1/graph'],
        '--to: cannot connect to postgres://copier:***@127.0.0.1:1/graph',
      ],
    ];
    for (const [args, message] of cases) {
      const run = copy(args);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr + run.stdout).not.toContain('s3cret');
    }
    expect(fs.statSync(emptyFile).size).toBe(0);
  });
});
