/**
 * Re-runs the README's example queries against a fresh in-memory graph of the demo corpus (what
 * `content-graph ingest demo/articles.jsonl` builds) and rewrites their marked answers
 * (scripts/readme-answers.ts), so the documented answers never drift from what the service returns.
 *
 *   npm run docs:readme
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createExtractor } from '../src/extraction';
import { DEMO_CORPUS_PATH } from '../src/ingest/demo-corpus';
import { ingestFiles } from '../src/ingest/ingest-files';
import { createServer } from '../src/http/server';
import { README, readReadme, refreshReadme } from './readme-answers';

async function main(): Promise<void> {
  const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', CONTENT_GRAPH_LOG_LEVEL: 'silent' });
  const app = await createApp(config, createExtractor());
  const summary = await ingestFiles([DEMO_CORPUS_PATH], app.services.ingest, { maxRecordBytes: 4_000_000 });
  if (summary.skipped.length) throw new Error(`demo corpus skipped: ${JSON.stringify(summary.skipped)}`);
  const server = await createServer(app);
  try {
    const refreshed = await refreshReadme(readReadme(), server);
    fs.writeFileSync(README, refreshed.text);
    process.stdout.write(`refreshed ${refreshed.answers} answers in README.md\n`);
  } finally {
    await server.stop();
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
