import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createApp, type App } from '../src/app';
import { loadConfig } from '../src/config';
import { createExtractor } from '../src/extraction';
import { RuleExtractor } from '../src/extraction/extractor';
import { loadGazetteer } from '../src/extraction/gazetteer';
import type { Extractor } from '../src/extraction/types';
import { syntheticNewsCorpus } from './news-corpus';

/**
 * How long ingesting one large article holds the event loop, with extraction in the calling thread
 * (as before: a plain extractor) and on the worker thread (createExtractor). Each ingests a 1M-
 * character article of synthetic news text into a fresh in-memory SQLite graph, after a warm-up
 * article of the same size (so the gazetteers and the worker are loaded), while
 * monitorEventLoopDelay samples every 10 ms.
 *
 *   npm run -s build:bench && node dist-bench/bench/ingest-event-loop.js [characters]
 */
async function bodyOf(app: App, chars: number, seed: number): Promise<string> {
  const corpus = await syntheticNewsCorpus(app.dataSource, Math.ceil(chars / 500), seed);
  let body = '';
  for (const article of corpus.articles()) {
    if (body.length >= chars) break;
    body += `${article.body}\n\n`;
  }
  return body.slice(0, chars);
}

async function measure(label: string, extractor: Extractor, chars: number): Promise<void> {
  const app = await createApp(
    loadConfig({ DATABASE_URL: 'sqlite::memory:', CONTENT_GRAPH_LOG_LEVEL: 'silent' }),
    extractor,
  );
  try {
    await app.services.ingest.ingest({ title: 'Warm-up', body: await bodyOf(app, chars, 1) });
    const body = await bodyOf(app, chars, 2);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    const outcome = await app.services.ingest.ingest({ title: 'One large article', body });
    const wall = performance.now() - started;
    delay.disable();
    const ms = (ns: number) => (ns / 1e6).toFixed(0);
    const [{ mentions }] = (await app.dataSource.query('SELECT count(*) AS "mentions" FROM "mention"')) as {
      mentions: number;
    }[];
    process.stdout.write(
      `${label}: ${body.length} characters, ${outcome.status}, ${mentions} mentions in all; ` +
        `ingest ${wall.toFixed(0)} ms; event-loop delay max ${ms(delay.max)} ms, p99 ${ms(delay.percentile(99))} ms, ` +
        `mean ${ms(delay.mean)} ms\n`,
    );
  } finally {
    await app.close();
  }
}

/** How long extraction alone takes in the calling thread, by size: what sets OFF_THREAD_CHARS. */
async function extractionTimes(extractor: Extractor): Promise<void> {
  const app = await createApp(
    loadConfig({ DATABASE_URL: 'sqlite::memory:', CONTENT_GRAPH_LOG_LEVEL: 'silent' }),
    extractor,
  );
  try {
    for (const size of [10_000, 50_000, 100_000, 1_000_000]) {
      const body = await bodyOf(app, size, 3);
      const started = performance.now();
      extractor.extract({ title: 'Timing', body });
      process.stdout.write(
        `extraction of ${size} characters: ${(performance.now() - started).toFixed(0)} ms\n`,
      );
    }
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const chars = Number(process.argv[2] ?? 1_000_000);
  const inThread = new RuleExtractor(loadGazetteer());
  await extractionTimes(inThread);
  await measure(
    'extraction in the event loop (before)',
    { extract: (input) => inThread.extract(input) },
    chars,
  );
  await measure('extraction on the worker thread (after)', createExtractor(), chars);
}

void main();
