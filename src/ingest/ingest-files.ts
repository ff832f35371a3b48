import { failureReason } from '../db/database-errors';
import { IngestInterruptedError, type IngestOutcome, type IngestService } from '../services/ingest.service';
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
 * The database failed under a batch (a lost connection, a server restart), as opposed to refusing
 * one record (that record is skipped and the rest goes on, see IngestService.ingestMany): the run
 * stops at the first record of the transaction it was writing, which is not stored, nor is
 * anything after it.
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
 * transaction (one per article for a batch in which the database refused a record), so a bad
 * record never stops the rest of the batch and a crash never leaves half an article behind (it loses at most the batch in flight, which running the same command again
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
  /** Counts the outcomes of the pending records, in file order, up to the first without one. */
  const tally = (outcomes: readonly IngestOutcome[]) => {
    let next = 0;
    for (const record of pending) {
      if ('problem' in record) {
        summary.skipped.push({ location: record.location, reason: record.problem });
        continue;
      }
      const outcome = outcomes[next++];
      if (!outcome) return record;
      if (outcome.status === 'REJECTED') {
        const reason = outcome.problems.map((p) => p.message).join('; ');
        summary.skipped.push({ location: record.location, reason });
      } else if (outcome.status === 'CREATED') summary.created += 1;
      else if (outcome.status === 'UPDATED') summary.updated += 1;
      else summary.unchanged += 1;
    }
    return null;
  };
  const flush = async () => {
    const inputs = pending.flatMap((record) => ('input' in record ? [record.input] : []));
    let outcomes: IngestOutcome[] = [];
    try {
      if (inputs.length) outcomes = await ingest.ingestMany(inputs);
    } catch (error) {
      // Committed one by one before the failure: those count, and the run stops at the next record.
      const interrupted = error instanceof IngestInterruptedError;
      const stoppedAt = tally(interrupted ? error.outcomes : []) ?? pending[0];
      throw new IngestStoppedError(stoppedAt.location, summary, interrupted ? error.cause : error);
    }
    tally(outcomes);
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
