import { SingleBar } from 'cli-progress';
import { createApp, type App } from '../app';
import { describeDatabase, type AppConfig, type DatabaseConfig } from '../config';
import { assertDistinct, assertFileEndpoints, CopyError, parseCopyUrl } from '../copy/copy-endpoints';
import { compareAnswers, compareTables, type Difference } from '../copy/copy-verification';
import { DatabaseCatalog } from '../copy/database-catalog';
import { copyGraph, type CopyProgress } from '../copy/graph-copy';
import { chooseSampleQueries } from '../copy/sample-queries';
import { inspectSource } from '../copy/source-inspection';
import { DatabaseUnavailableError } from '../db/database-errors';
import type { Extractor } from '../extraction/types';
import { createServer } from '../http/server';

export interface CopyOptions {
  from: string;
  to: string;
  replace: boolean;
}

async function open(base: AppConfig, database: DatabaseConfig, flag: string, extractor: Extractor) {
  try {
    // Silent, and errors in full: the verification reports what failed, with the database's own message.
    // No request deadline: the verification's sample aggregates over an archive may run longer than
    // an API request may, and a timeout there would be reported as a difference between the copies.
    const app = await createApp(
      { ...base, database, logLevel: 'silent', isDevelopment: true, requestTimeoutMs: 0 },
      extractor,
    );
    return { app, catalog: await DatabaseCatalog.read(app.dataSource, database) };
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw new CopyError(`${flag}: ${error.message}`);
    throw error;
  }
}

/** One progress bar per table on stderr, left on screen when the table is done. */
function progressBars(): { update(progress: CopyProgress): void; stop(): void } {
  let bar: SingleBar | undefined;
  let table = '';
  return {
    update(progress) {
      if (progress.table !== table) {
        bar?.stop();
        table = progress.table;
        bar = new SingleBar({
          stream: process.stderr,
          format: `${table.padEnd(10)} [{bar}] {value}/{total} rows`,
          noTTYOutput: false,
        });
        bar.start(progress.total, 0);
      }
      bar?.update(progress.copied);
    },
    stop: () => bar?.stop(),
  };
}

async function verify(
  source: App & { catalog: DatabaseCatalog },
  target: App & { catalog: DatabaseCatalog },
) {
  const lines: string[] = [];
  const differences: Difference[] = [];
  const tables = await compareTables(source, target);
  const width = Math.max(...tables.map((table) => table.table.length)) + 1;
  for (const table of tables) {
    const same = table.source === table.target;
    lines.push(
      `  ${table.table.padEnd(width)} ${same ? table.target : `source ${table.source}, target ${table.target}`}`,
    );
    if (!same) differences.push({ what: `table ${table.table}`, source: table.source, target: table.target });
  }
  const samples = await chooseSampleQueries(source.dataSource);
  const [sourceServer, targetServer] = [await createServer(source), await createServer(target)];
  try {
    differences.push(...(await compareAnswers(sourceServer, targetServer, samples)));
  } finally {
    await Promise.all([sourceServer.stop(), targetServer.stop()]);
  }
  return { lines, differences, queries: samples.length };
}

/**
 * `content-graph copy --from URL --to URL [--replace]`: checks both URLs and the source, migrates
 * the target, copies the graph (progress on stderr), then compares tables and sample answers on
 * both sides. Prints a summary on stdout; exit 1 on any difference.
 */
export async function runCopyCommand(
  options: CopyOptions,
  base: AppConfig,
  extractor: Extractor,
): Promise<number> {
  const from = parseCopyUrl(options.from, '--from');
  const to = parseCopyUrl(options.to, '--to');
  assertFileEndpoints(from, to);
  assertDistinct(from, to);
  await inspectSource(from);
  const source = await open(base, from, '--from', extractor);
  try {
    const target = await open(base, to, '--to', extractor);
    try {
      const started = performance.now();
      const bars = progressBars();
      const counts = await copyGraph(
        { ...source, dataSource: source.app.dataSource, config: from },
        { ...target, dataSource: target.app.dataSource, config: to },
        { replace: options.replace, onProgress: (progress) => bars.update(progress) },
      ).finally(() => bars.stop());
      const seconds = (performance.now() - started) / 1000;
      const rows = counts.reduce((sum, table) => sum + table.rows, 0);
      const report = await verify(
        { ...source.app, catalog: source.catalog },
        { ...target.app, catalog: target.catalog },
      );
      const out = [
        `copied ${describeDatabase(from)} -> ${describeDatabase(to)}: ${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s)`,
        ...counts.map((table) => `  ${table.table.padEnd(14)} ${table.rows}`),
        'verified (source = target):',
        ...report.lines,
        report.differences.length
          ? `MISMATCH: ${report.differences.length} difference(s)`
          : `  ${report.queries} sample queries answered identically`,
        ...report.differences.map((d) => `  ${d.what}\n    source: ${d.source}\n    target: ${d.target}`),
      ];
      process.stdout.write(`${out.join('\n')}\n`);
      return report.differences.length ? 1 : 0;
    } finally {
      await target.app.close();
    }
  } finally {
    await source.app.close();
  }
}
