import { SingleBar } from 'cli-progress';
import { createApp } from '../app';
import type { AppConfig } from '../config';
import type { Extractor } from '../extraction/types';
import { ingestFiles } from '../ingest/ingest-files';
import { createCommandLogger } from '../ops/logger';

/** `content-graph ingest PATH...`: progress on stderr, summary on stdout; exit 1 when records were skipped. */
export async function runIngestCommand(
  paths: string[],
  config: AppConfig,
  extractor: Extractor,
): Promise<number> {
  const app = await createApp(config, extractor, {
    logger: createCommandLogger(config.logLevel, config.logFormat),
  });
  const bar = new SingleBar({
    stream: process.stderr,
    format:
      'ingesting {records} records | created {created} updated {updated} unchanged {unchanged} skipped {skipped}',
    noTTYOutput: false,
  });
  bar.start(0, 0, { records: 0, created: 0, updated: 0, unchanged: 0, skipped: 0 });
  try {
    const summary = await ingestFiles(
      paths,
      app.services.ingest,
      { maxRecordBytes: config.maxArticleChars * 4 },
      (p) =>
        bar.update(p.records, {
          records: p.records,
          created: p.summary.created,
          updated: p.summary.updated,
          unchanged: p.summary.unchanged,
          skipped: p.summary.skipped.length,
        }),
    );
    bar.stop();
    const lines = [
      `ingested ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, skipped ${summary.skipped.length}`,
      ...summary.skipped.map((s) => `  skipped ${s.location}: ${s.reason}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return summary.skipped.length ? 1 : 0;
  } finally {
    bar.stop();
    await app.close();
  }
}
