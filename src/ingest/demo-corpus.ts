import path from 'node:path';
import type { DataSource } from 'typeorm';
import { Article } from '../entities/article';
import type { IngestService } from '../services/ingest.service';
import { ingestFiles, type IngestSummary } from './ingest-files';

/** The project's own demo articles (demo/articles.jsonl at the package root, from src/ or dist/). */
export const DEMO_CORPUS_PATH = path.resolve(__dirname, '..', '..', 'demo', 'articles.jsonl');

/** Loads the demo corpus into an empty database so the first query answers something real. */
export async function loadDemoCorpusIfEmpty(
  dataSource: DataSource,
  ingest: IngestService,
  maxRecordBytes: number,
): Promise<IngestSummary | null> {
  if ((await dataSource.getRepository(Article).count()) > 0) return null;
  return ingestFiles([DEMO_CORPUS_PATH], ingest, { maxRecordBytes });
}
