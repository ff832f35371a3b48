import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../src/extraction';
import { ingestFiles } from '../src/ingest/ingest-files';
import { HARBOUR_ARTICLE, RAIL_LINK_ARTICLE } from './helpers/client-articles';
import { listen, type Listening } from './helpers/http-listener';
import { createTestGraph, TEST_API_KEY, type TestGraph } from './helpers/test-app';

/**
 * `content-graph/client` as a user gets it: `npm run build`, `npm pack`, the tarball unpacked
 * into a separate ESM project's node_modules beside the package's runtime dependencies (linked
 * from this repository's node_modules, where npm installed them), then imported by node and
 * type-checked by tsc from that project.
 */
const ROOT = path.join(__dirname, '..');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const execFileAsync = promisify(execFile);

/** Runs a command; when it fails, the error shows its output (tsc reports on stdout). */
async function run(command: string, args: string[], options: { cwd?: string } = {}) {
  try {
    return await execFileAsync(command, args, options);
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`, {
      cause: error,
    });
  }
}

let tmp: string;
let consumer: string;
let graph: TestGraph;
let server: Listening;

/** The consumer program, the same for import and require: a typed query, a refused write, a keyed write. */
const consumerProgram = (load: string, loadedModules: string) => `${load}
const [url, apiKey] = process.argv.slice(2);
async function main() {
  const reader = new ContentGraphClient({ url });
  const { articles } = await reader.request(ArticleEvidenceDocument, {
    filter: { mentionsAll: ['China', 'North Korea'] },
  });
  const refused = await reader
    .request(IngestArticleDocument, { input: { title: 'Anonymous', body: 'Not allowed.' } })
    .then(() => 'accepted', (error) => error instanceof ContentGraphRequestError ? { codes: error.codes, status: error.status } : String(error));
  const writer = new ContentGraphClient({ url, apiKey });
  const { ingestArticle } = await writer.request(IngestArticleDocument, { input: ${JSON.stringify(HARBOUR_ARTICLE)} });
  const answer = {
    totalCount: articles.totalCount,
    titles: articles.edges.map((edge) => edge.node.title),
    matched: articles.edges.flatMap((edge) => edge.matches.map((match) => match.entity.name)),
    refused,
    harbour: ingestArticle.article.title,
    loaded: ${loadedModules},
  };
  process.stdout.write(JSON.stringify(answer));
}
main().catch((error) => { console.error(error); process.exitCode = 1; });
`;

/** Uses the typed result: tsc fails when the package's types are missing or untyped (the expected errors would not occur). */
const TYPED_CONSUMER = `import { ArticleEvidenceDocument, ContentGraphClient, IngestArticleDocument } from 'content-graph/client';

const client = new ContentGraphClient({ url: 'http://localhost:4000/graphql', apiKey: 'key' });

export async function firstTitle(): Promise<string | undefined> {
  const data = await client.request(ArticleEvidenceDocument, { filter: { mentionsAll: ['China', 'North Korea'] } });
  // @ts-expect-error totalCount is a number
  const count: string = data.articles.totalCount;
  // @ts-expect-error IngestArticle requires its input
  await client.request(IngestArticleDocument);
  return count + data.articles.edges[0]?.node.title;
}
`;

/** The package's runtime dependencies, linked as npm would have installed them next to it. */
function linkDependencies(packageDir: string, nodeModules: string): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  for (const name of Object.keys(manifest.dependencies)) {
    const link = path.join(nodeModules, name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules', name), link, 'dir');
  }
}

beforeAll(async () => {
  await run('npm', ['run', '-s', 'build'], { cwd: ROOT });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-client-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT });
  const [{ filename }] = JSON.parse(stdout) as { filename: string }[];
  await run('tar', ['-xzf', path.join(tmp, filename), '-C', tmp]);

  consumer = path.join(tmp, 'consumer');
  const nodeModules = path.join(consumer, 'node_modules');
  fs.mkdirSync(nodeModules, { recursive: true });
  fs.renameSync(path.join(tmp, 'package'), path.join(nodeModules, 'content-graph'));
  linkDependencies(path.join(nodeModules, 'content-graph'), nodeModules);
  fs.writeFileSync(
    path.join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const names =
    'ArticleEvidenceDocument, ContentGraphClient, ContentGraphRequestError, IngestArticleDocument';
  fs.writeFileSync(
    path.join(consumer, 'index.mjs'),
    consumerProgram(
      `import { createRequire } from 'node:module';\nimport { ${names} } from 'content-graph/client';`,
      'Object.keys(createRequire(import.meta.url).cache)',
    ),
  );
  fs.writeFileSync(
    path.join(consumer, 'index.cjs'),
    consumerProgram(`const { ${names} } = require('content-graph/client');`, 'Object.keys(require.cache)'),
  );
  for (const file of ['typed.mts', 'typed.cts', 'typed.ts']) {
    fs.writeFileSync(path.join(consumer, file), TYPED_CONSUMER);
  }

  graph = await createTestGraph(createExtractor());
  const fixture = path.join(tmp, 'articles.jsonl');
  fs.writeFileSync(fixture, `${JSON.stringify(RAIL_LINK_ARTICLE)}\n`);
  const summary = await ingestFiles([fixture], graph.app.services.ingest, { maxRecordBytes: 1_000_000 });
  expect(summary.skipped).toEqual([]);
  server = await listen(graph.server);
}, 300_000);

afterAll(async () => {
  await server?.close();
  await graph?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

interface ConsumerAnswer {
  totalCount: number;
  titles: string[];
  matched: string[];
  refused: unknown;
  harbour: string;
  loaded: string[];
}

const answers = new Map<string, Promise<ConsumerAnswer>>();

/** Each consumer program runs once; its tests read the one answer. */
function answerOf(file: string): Promise<ConsumerAnswer> {
  if (!answers.has(file)) {
    const answer = run(process.execPath, [file, `${server.base}/graphql`, TEST_API_KEY], { cwd: consumer });
    answers.set(
      file,
      answer.then(({ stdout }) => JSON.parse(stdout) as ConsumerAnswer),
    );
  }
  return answers.get(file)!;
}

/** The package a loaded CommonJS file belongs to: what follows its last node_modules/. */
function packageOf(file: string): string {
  const parts = file.split(`${path.sep}node_modules${path.sep}`).pop()!.split(path.sep);
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

describe.each(['index.mjs', 'index.cjs'])('content-graph/client from %s', (file) => {
  it('answers typed queries and writes with the API key against a real server', async () => {
    const answer = await answerOf(file);
    expect(answer.totalCount).toBe(1);
    expect(answer.titles).toEqual([RAIL_LINK_ARTICLE.title]);
    expect(answer.matched).toEqual(['China', 'North Korea']);
    expect(answer.refused).toEqual({ codes: ['UNAUTHENTICATED'], status: 401 });
    expect(answer.harbour).toBe(HARBOUR_ARTICLE.title);
  });

  it('loads graphql and its own files, no server module (typeorm, express, sqlite3, …)', async () => {
    const { loaded } = await answerOf(file);
    const dependencies = loaded.filter((loadedFile) =>
      loadedFile.includes(`${path.sep}node_modules${path.sep}`),
    );
    expect([...new Set(dependencies.map(packageOf))].sort()).toEqual(
      file.endsWith('.cjs') ? ['content-graph', 'graphql'] : ['graphql'],
    );
    const ownFiles = dependencies.filter((loadedFile) => packageOf(loadedFile) === 'content-graph');
    expect(
      ownFiles.filter((ownFile) => !ownFile.includes(path.join('content-graph', 'dist', 'client'))),
    ).toEqual([]);
  });
});

describe('content-graph/client types', () => {
  const typeCheck = async (options: string[], files: string[]) => {
    const { stdout } = await run(
      process.execPath,
      [TSC, '--noEmit', '--strict', '--target', 'ES2022', '--listFiles', ...options, ...files],
      { cwd: consumer },
    );
    return stdout.split('\n').map((line) => path.relative(consumer, line));
  };

  it('node16 resolution: an ES module gets the import types, a CommonJS module the require types', async () => {
    const checked = await typeCheck(
      ['--module', 'node16', '--moduleResolution', 'node16'],
      ['typed.mts', 'typed.cts'],
    );
    expect(checked).toContain(
      path.join('node_modules', 'content-graph', 'dist', 'client', 'esm', 'index.d.ts'),
    );
    expect(checked).toContain(path.join('node_modules', 'content-graph', 'dist', 'client', 'index.d.ts'));
  });

  it('bundler resolution gets the import types', async () => {
    const checked = await typeCheck(['--module', 'esnext', '--moduleResolution', 'bundler'], ['typed.ts']);
    expect(checked).toContain(
      path.join('node_modules', 'content-graph', 'dist', 'client', 'esm', 'index.d.ts'),
    );
    expect(checked).not.toContain(path.join('node_modules', 'content-graph', 'dist', 'client', 'index.d.ts'));
  });
});
