import { failureReason } from '../db/database-errors';
import type { IngestService } from '../services/ingest.service';
import { readArticleRecords, type ArticleFileOptions, type ArticleRecord } from './article-files';

/** What a batch ingest did, record by record. */
export interface IngestSummary {
  created: number;
  updated: number;
  unchanged: number;
  skipped: { location: string; reason: string }[];
}

export interface IngestProgress {
  records: number;
  summary: IngestSummary;
}

/** Articles written per transaction by a bulk ingest (see IngestService.ingestMany). */
export const INGEST_BATCH_SIZE = 50;

/**
 * The database failed under a batch (a lost connection, a server restart): the batch stops at the
 * first record of the transaction it was writing, which is not stored, nor is anything after it.
 * Every earlier article is stored whole, and ingest is idempotent, so the same command run again
 * resumes where this one stopped, without duplicates.
 */
export class IngestStoppedError extends Error {
  constructor(
    readonly location: string,
    readonly summary: IngestSummary,
    cause: unknown,
  ) {
    super(
      `ingest stopped at ${location} (before it: ingested ${summary.created}, updated ${summary.updated}, ` +
        `unchanged ${summary.unchanged}): ${failureReason(cause)}. Each article is stored whole or not at all: ` +
        'run the same command again to resume',
      { cause },
    );
  }
}

/**
 * Ingests every record of the given files and folders, INGEST_BATCH_SIZE articles per
 * transaction, so a bad record never stops the rest of the batch and a crash never leaves half an
 * article behind (it loses at most the batch in flight, which running the same command again
 * writes: ingestion is idempotent).
 */
export async function ingestFiles(
  paths: readonly string[],
  ingest: IngestService,
  options: ArticleFileOptions,
  onProgress?: (progress: IngestProgress) => void,
): Promise<IngestSummary> {
  const summary: IngestSummary = { created: 0, updated: 0, unchanged: 0, skipped: [] };
  let records = 0;
  // Records in file order (problems too, so the summary lists skips in order) until a batch is full.
  let pending: ArticleRecord[] = [];
  let articles = 0;
  const flush = async () => {
    const inputs = pending.flatMap((record) => ('input' in record ? [record.input] : []));
    const first = pending.find((record) => 'input' in record);
    const outcomes = first
      ? await ingest.ingestMany(inputs).catch((error: unknown) => {
          throw new IngestStoppedError(first.location, summary, error);
        })
      : [];
    let next = 0;
    for (const record of pending) {
      if ('problem' in record) {
        summary.skipped.push({ location: record.location, reason: record.problem });
        continue;
      }
      const outcome = outcomes[next++];
      if (outcome.status === 'REJECTED') {
        const reason = outcome.problems.map((p) => p.message).join('; ');
        summary.skipped.push({ location: record.location, reason });
      } else if (outcome.status === 'CREATED') summary.created += 1;
      else if (outcome.status === 'UPDATED') summary.updated += 1;
      else summary.unchanged += 1;
    }
    pending = [];
    articles = 0;
    onProgress?.({ records, summary });
  };
  for await (const record of readArticleRecords(paths, options)) {
    records += 1;
    pending.push(record);
    if ('input' in record) articles += 1;
    if (articles === INGEST_BATCH_SIZE) await flush();
  }
  await flush();
  return summary;
}
