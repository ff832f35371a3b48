import fs from 'node:fs';
import { createExtractor } from '../../src/extraction';
import { DEMO_CORPUS_PATH } from '../../src/ingest/demo-corpus';
import { ingestFiles } from '../../src/ingest/ingest-files';
import { createTestGraph, type TestGraph } from './test-app';

export interface DemoArticle {
  id: string;
  url: string;
  title: string;
  body: string;
  publishedAt: string;
  source: string;
}

/** The project's demo articles, read straight from the file (independent of the database). */
export function readDemoArticles(): DemoArticle[] {
  return fs
    .readFileSync(DEMO_CORPUS_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DemoArticle);
}

/** A fresh in-memory graph holding the whole demo corpus, ingested through the real pipeline. */
export async function createDemoGraph(env: NodeJS.ProcessEnv = {}): Promise<TestGraph> {
  const graph = await createTestGraph(createExtractor(), env);
  const summary = await ingestFiles([DEMO_CORPUS_PATH], graph.app.services.ingest, {
    maxRecordBytes: 4_000_000,
  });
  if (summary.skipped.length) throw new Error(`demo corpus skipped: ${JSON.stringify(summary.skipped)}`);
  return graph;
}
