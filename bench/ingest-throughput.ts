import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createExtractor } from '../src/extraction';
import { ingestFiles } from '../src/ingest/ingest-files';
import { syntheticNewsCorpus } from './news-corpus';

/**
 * Where ingestion is measured: a fresh database file next to nothing else, or on the benchmark's
 * PostgreSQL server a fresh schema (named after this process), dropped afterwards.
 */
function freshDatabaseUrl(benchDatabaseUrl: string, dir: string): { url: string; schema?: string } {
  if (benchDatabaseUrl.startsWith('sqlite:')) return { url: `sqlite:${path.join(dir, 'ingest.sqlite')}` };
  const url = new URL(benchDatabaseUrl);
  const schema = `bench_ingest_${process.pid}`;
  url.searchParams.set('schema', schema);
  return { url: url.toString(), schema };
}

/**
 * Articles per second through the real bulk path (JSONL file, validation, extractor, batched write
 * transactions) into a fresh database of the benchmark's backend, with synthetic articles of
 * realistic length.
 */
export async function measureIngestion(
  count: number,
  benchDatabaseUrl: string,
): Promise<{ articles: number; seconds: number; articlesPerSecond: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-ingest-'));
  const target = freshDatabaseUrl(benchDatabaseUrl, dir);
  const app = await createApp(
    loadConfig({ DATABASE_URL: target.url, NODE_ENV: 'production' }),
    createExtractor(),
  );
  try {
    const corpus = await syntheticNewsCorpus(app.dataSource, count, 99);
    // The bulk path as `content-graph ingest` runs it: a JSONL file read, validated, extracted and
    // written in batches.
    const file = path.join(dir, 'articles.jsonl');
    fs.writeFileSync(
      file,
      [...corpus.articles()]
        .map((a) =>
          JSON.stringify({
            url: a.url,
            title: a.title,
            body: a.body,
            source: a.source,
            publishedAt: a.publishedAt,
          }),
        )
        .join('\n') + '\n',
    );
    const started = performance.now();
    const summary = await ingestFiles([file], app.services.ingest, { maxRecordBytes: 4_000_000 });
    if (summary.created !== count) throw new Error(`ingest: ${JSON.stringify(summary).slice(0, 200)}`);
    const seconds = (performance.now() - started) / 1000;
    return {
      articles: count,
      seconds: Math.round(seconds * 10) / 10,
      articlesPerSecond: Math.round(count / seconds),
    };
  } finally {
    if (target.schema) await app.dataSource.query(`DROP SCHEMA "${target.schema}" CASCADE`);
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
