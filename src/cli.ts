#!/usr/bin/env node
import cluster from 'node:cluster';
import 'reflect-metadata';
import { Command, Option } from 'commander';
import { createApp } from './app';
import { ConfigError, describeDatabase, loadConfig, type AppConfig } from './config';
import { createExtractor, createLazyExtractor } from './extraction';
import { createCommandLogger } from './ops/logger';
import { runCopyCommand } from './cli/copy.command';
import { runEvalCommand } from './cli/eval.command';
import { runExtractCommand } from './cli/extract.command';
import { runIngestCommand } from './cli/ingest.command';
import { runKeysCreateCommand } from './cli/keys.command';
import { runQueryCommand } from './cli/query.command';
import { parseWorkerCount, parseWorkerHeapMb, runServeCommand, runServeWorkers } from './cli/serve.command';
import { DEFAULT_WORKER_HEAP_MB, isPreparingProcess } from './http/worker-cluster';

function config(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`content-graph: configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

const program = new Command('content-graph')
  .description(
    'GraphQL content graph: news articles linked to the countries, people, organizations and places they mention',
  )
  .showHelpAfterError();

program
  .command('serve')
  .description(
    'Serve GraphQL at http://localhost:PORT/graphql; on an empty database, load the demo corpus first',
  )
  .option('--no-demo', 'do not load the demo corpus into an empty database')
  .addOption(new Option('--port <port>', 'port to listen on (default: PORT or 4000)').argParser(Number))
  .addOption(
    new Option(
      '--workers <count>',
      'processes serving requests on the one port, each with its own database connection',
    )
      .argParser(parseWorkerCount)
      .default(1),
  )
  .addOption(
    new Option('--worker-heap-mb <megabytes>', 'V8 old-space limit of each worker (with --workers)')
      .argParser(parseWorkerHeapMb)
      .default(DEFAULT_WORKER_HEAP_MB),
  )
  .action(async (options: { demo: boolean; port?: number; workers: number; workerHeapMb: number }) => {
    const cfg = config();
    const serveConfig = { ...cfg, port: options.port ?? cfg.port };
    if (options.workers > 1 && cluster.isPrimary) {
      process.exitCode = await runServeWorkers(serveConfig, options.workers, options.workerHeapMb);
      return;
    }
    await runServeCommand(serveConfig, createLazyExtractor(), {
      loadDemo: options.demo && isPreparingProcess(),
    });
  });

program
  .command('migrate')
  .description('Create the database or bring its schema up to date, then exit')
  .action(async () => {
    const cfg = config();
    const app = await createApp(cfg, createExtractor(), {
      logger: createCommandLogger(cfg.logLevel, cfg.logFormat),
    });
    process.stdout.write(`database ready: ${describeDatabase(app.config.database)}\n`);
    await app.close();
  });

program
  .command('copy')
  .description(
    'Copy the graph of one database into another (e.g. SQLite into PostgreSQL), then verify both agree',
  )
  .requiredOption(
    '--from <url>',
    'source database: sqlite:PATH or postgres://user@host:port/db[?schema=name]',
  )
  .requiredOption('--to <url>', 'target database, migrated first; must hold no articles unless --replace')
  .option('--replace', "delete the target's graph before copying into it", false)
  .action(async (options: { from: string; to: string; replace: boolean }) => {
    process.exitCode = await runCopyCommand(options, config(), createExtractor());
  });

program
  .command('ingest')
  .description('Ingest .txt/.md (first line is the title), .json and .jsonl files, or folders of them')
  .argument('<paths...>', 'files or folders')
  .action(async (paths: string[]) => {
    process.exitCode = await runIngestCommand(paths, config(), createExtractor());
  });

program
  .command('query')
  .description('Run one GraphQL operation against the database (no server) and print the JSON response')
  .argument('<query>', 'the operation text, or a file that holds it')
  .option('--variables <json>', 'variables as a JSON object')
  .option('--api-key <key>', 'API key for mutations')
  .action(async (query: string, options: { variables?: string; apiKey?: string }) => {
    process.exitCode = await runQueryCommand(query, options, config(), createExtractor());
  });

program
  .command('keys')
  .description('Manage API keys for mutations')
  .command('create')
  .description('Print a new API key once, with the hash line to add to CONTENT_GRAPH_API_KEY_HASHES')
  .action(() => runKeysCreateCommand());

program
  .command('extract')
  .description('Print one JSON line of extracted countries, people, organizations and places per article')
  .argument('<file>', 'JSONL file of {id, title, body}')
  .action(async (file: string) => {
    await runExtractCommand(file, process.stdout);
  });

program
  .command('eval')
  .description(
    'Extract from gold JSONL files and print precision/recall/F1 per type, as ../shared/eval/score.mjs',
  )
  .argument('<gold...>', 'gold JSONL files')
  .option('--verbose', 'list every false positive and miss')
  .option('--min-f1 <floors>', 'fail when an F1 drops below a floor, e.g. countries=0.97,people=0.92')
  .action(async (gold: string[], options: { verbose?: boolean; minF1?: string }) => {
    const report = await runEvalCommand(gold, options);
    if (!report.passed) process.exitCode = 1;
  });

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`content-graph: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
