import { failureReason } from '../db/database-errors';
import type { IngestService } from '../services/ingest.service';
import { readArticleRecords, type ArticleFileOptions } from './article-files';

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

/**
 * The database failed under a batch (a lost connection, a server restart): the batch stops at the
 * record it was writing, which is not stored. Every earlier article is stored whole, and ingest is
 * idempotent, so the same command run again resumes where this one stopped, without duplicates.
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
 * Ingests every record of the given files and folders, one transaction per article, so a bad
 * record or a crash never leaves half an article behind and never stops the rest of the batch.
 */
export async function ingestFiles(
  paths: readonly string[],
  ingest: IngestService,
  options: ArticleFileOptions,
  onProgress?: (progress: IngestProgress) => void,
): Promise<IngestSummary> {
  const summary: IngestSummary = { created: 0, updated: 0, unchanged: 0, skipped: [] };
  let records = 0;
  for await (const record of readArticleRecords(paths, options)) {
    records += 1;
    if ('problem' in record) {
      summary.skipped.push({ location: record.location, reason: record.problem });
    } else {
      const outcome = await ingest.ingest(record.input).catch((error: unknown) => {
        throw new IngestStoppedError(record.location, summary, error);
      });
      if (outcome.status === 'REJECTED') {
        const reason = outcome.problems.map((p) => p.message).join('; ');
        summary.skipped.push({ location: record.location, reason });
      } else if (outcome.status === 'CREATED') summary.created += 1;
      else if (outcome.status === 'UPDATED') summary.updated += 1;
      else summary.unchanged += 1;
    }
    onProgress?.({ records, summary });
  }
  return summary;
}
