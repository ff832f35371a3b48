import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import 'reflect-metadata';
import { redactUrl } from '../src/core/database-url';
import type { CorpusStats } from './corpus-stats';
import { measureIngestion } from './ingest-throughput';
import { httpLoad, type LoadResult, loopLoad } from './measure';
import { seededRandom } from './random';
import { openFloorDatabase } from './floor-database';
import { scenarios } from './scenarios';

/** Starts a child script that prints its port, and waits for it. */
async function startChild(
  script: string,
  env: NodeJS.ProcessEnv,
  args: string[] = [],
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [path.join(__dirname, script), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // The port is the first line that is a bare number; the service's JSON logs share its stdout.
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => /^\d+$/.test(candidate.trim()));
      if (line) resolve(Number(line));
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { child, port };
}

/** Resident memory of a process and its children (the cluster workers), from Linux's /proc. */
function treeRssMb(pid: number): number {
  const rssKb = (id: string) =>
    Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0);
  const children = fs.readdirSync('/proc').filter((id) => {
    if (!/^\d+$/.test(id)) return false;
    try {
      // The parent pid is the 4th field of /proc/PID/stat, after the command name in parentheses.
      return Number(fs.readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === pid;
    } catch {
      return false;
    }
  });
  return Math.round([String(pid), ...children].reduce((sum, id) => sum + rssKb(id), 0) / 1024);
}

interface GraphqlProbe {
  sqlStatements: { min: number; max: number };
  sqlMsMedian: number;
  totalMsMedian: number;
  problems: string[];
}

/**
 * The corpus sidecar the generator wrote next to the database file: --stats, or found next to a
 * SQLite --db. A PostgreSQL corpus (copied from such a file) has no file beside it.
 */
function readCorpusStats(statsFile: string | undefined, databaseUrl: string): CorpusStats {
  if (!statsFile && !databaseUrl.startsWith('sqlite:')) {
    throw new Error(
      '--stats: required with a postgres:// --database (the .stats.json the generator wrote next to the SQLite corpus it was copied from)',
    );
  }
  const file = statsFile ?? databaseUrl.slice('sqlite:'.length).replace(/\.sqlite$/, '') + '.stats.json';
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CorpusStats;
}

/**
 * Waits until the service has worked off requests the load generator gave up on at the end of a
 * run (slow scenarios leave a queue behind), so they do not slow the next measurement: /readyz
 * reads the database, so it answers quickly only once the statements queued before it are done.
 * Each probe opens a new connection, which the cluster hands to the next worker.
 */
async function untilIdle(readyz: string): Promise<void> {
  const quick = () =>
    new Promise<boolean>((resolve) => {
      const started = performance.now();
      http
        .get(readyz, { agent: false }, (response) => {
          response.resume();
          response.on('end', () => resolve(performance.now() - started < 100));
        })
        .on('error', () => resolve(false));
    });
  const deadline = performance.now() + 600_000;
  for (let inARow = 0; inARow < 4;) {
    if (performance.now() > deadline) throw new Error(`the service did not become idle within 10 minutes`);
    inARow = (await quick()) ? inARow + 1 : 0;
  }
}

/** Sends sample requests one by one and reads their queryStats; checks answers against the sidecar. */
async function probe(
  url: string,
  make: () => { query: string; variables: Record<string, unknown> },
  check?: (v: Record<string, unknown>, d: unknown) => string | null,
): Promise<GraphqlProbe> {
  const statements: number[] = [];
  const sqlMs: number[] = [];
  const totalMs: number[] = [];
  const problems: string[] = [];
  // 30 requests, or fewer when they are slow (at least one): a probe must not take minutes.
  const until = performance.now() + 20_000;
  for (let i = 0; i < 30 && (i === 0 || performance.now() < until); i++) {
    const request = make();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { message: string }[];
      extensions: { queryStats: { sqlStatements: number; sqlMs: number; totalMs: number } };
    };
    if (body.errors) problems.push(body.errors[0].message);
    else if (check) {
      const problem = check(request.variables, body.data);
      if (problem) problems.push(problem);
    }
    statements.push(body.extensions.queryStats.sqlStatements);
    sqlMs.push(body.extensions.queryStats.sqlMs);
    totalMs.push(body.extensions.queryStats.totalMs);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    sqlStatements: { min: Math.min(...statements), max: Math.max(...statements) },
    sqlMsMedian: median(sqlMs),
    totalMsMedian: median(totalMs),
    problems: [...new Set(problems)].slice(0, 5),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: path.join('data', 'bench', 'corpus-100000.sqlite') },
      // A database URL instead of --db: sqlite:PATH or postgres://…[?schema=name] (see `content-graph copy`).
      database: { type: 'string' },
      stats: { type: 'string' },
      seconds: { type: 'string', default: '10' },
      out: { type: 'string', default: path.join('bench', 'results', 'latest.json') },
      ingest: { type: 'string', default: '300' },
      workers: { type: 'string', default: String(os.cpus().length) },
      scenarios: { type: 'string' },
    },
  });
  const databaseUrl = values.database ?? `sqlite:${values.db}`;
  const stats = readCorpusStats(values.stats, databaseUrl);
  const all = scenarios(stats).map((scenario) => scenario.name);
  const chosen = values.scenarios ? values.scenarios.split(',').map((name) => name.trim()) : all;
  const unknown = chosen.filter((name) => !all.includes(name));
  if (unknown.length) {
    throw new Error(
      `--scenarios: unknown ${unknown.map((n) => `"${n}"`).join(', ')}; known: ${all.join(', ')}`,
    );
  }
  const seconds = Number(values.seconds);
  const log = (line: string) => console.log(line);
  const loadBefore = os.loadavg();

  const serverEnv = (queryStats: '0' | '1') => ({
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'production',
    // The benchmark is one client hammering the server; the per-client cost budget would answer 429.
    CONTENT_GRAPH_RATE_LIMIT_POINTS: '0',
    CONTENT_GRAPH_QUERY_STATS: queryStats,
  });
  // Load runs measure the service as deployed (query stats off: their per-request accounting costs
  // CPU); a second, single-process server with stats on answers the probes that read them.
  const service = await startChild('bench-server.js', serverEnv('0'), ['--workers', values.workers]);
  const statsService = await startChild('bench-server.js', serverEnv('1'), ['--workers', '1']);
  const hello = await startChild('hello-server.js', {});
  const url = `http://127.0.0.1:${service.port}/graphql`;
  const statsUrl = `http://127.0.0.1:${statsService.port}/graphql`;
  const raw = await openFloorDatabase(databaseUrl);
  const results: Record<string, unknown>[] = [];
  try {
    for (const scenario of scenarios(stats).filter((candidate) => chosen.includes(candidate.name))) {
      const random = seededRandom(1);
      const row: Record<string, unknown> = { scenario: scenario.name };
      if (scenario.graphql) {
        const make = () => scenario.graphql!(random);
        row.probe = await probe(statsUrl, make, scenario.check);
        row.graphql = [] as LoadResult[];
        for (const connections of [1, 20]) {
          (row.graphql as LoadResult[]).push(
            await httpLoad(url, connections, seconds, () => JSON.stringify(make())),
          );
          await untilIdle(`http://127.0.0.1:${service.port}/readyz`);
        }
      }
      row.rawSql = [
        await loopLoad(1, seconds, () => scenario.raw(raw, random)),
        await loopLoad(20, seconds, () => scenario.raw(raw, random)),
      ];
      results.push(row);
      log(`${scenario.name}: ${JSON.stringify(row)}`);
    }
    const helloUrl = `http://127.0.0.1:${hello.port}/graphql`;
    const helloBody = JSON.stringify({ query: '{ hello }' });
    const reference = {
      scenario: '{ hello } reference',
      graphql: [
        await httpLoad(helloUrl, 1, seconds, () => helloBody),
        await httpLoad(helloUrl, 20, seconds, () => helloBody),
      ],
    };
    results.push(reference);
    log(`${reference.scenario}: ${JSON.stringify(reference)}`);
    const serverRssMb = treeRssMb(service.child.pid!);
    const ingestion = await measureIngestion(Number(values.ingest), databaseUrl);
    log(`ingestion: ${JSON.stringify(ingestion)}`);

    const report = {
      ranAt: new Date().toISOString(),
      // The corpus by file name only: results are committed, the machine's paths are not.
      command: `npm run bench -- ${process.argv
        .slice(2)
        .map((arg) => (arg === values.db ? path.basename(arg) : arg))
        .join(' ')}`.trim(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverageBefore: loadBefore.map((l) => Math.round(l * 100) / 100),
        loadAverageAfter: os.loadavg().map((l) => Math.round(l * 100) / 100),
      },
      // The file name or the redacted URL: results are committed, the machine's paths are not.
      corpus: {
        database: databaseUrl.startsWith('sqlite:')
          ? path.basename(databaseUrl.slice('sqlite:'.length))
          : redactUrl(databaseUrl),
        articles: stats.articles,
        mentions: stats.mentions,
      },
      secondsPerRun: seconds,
      serverWorkers: Number(values.workers),
      scenarios: results,
      ingestion,
      serverRssMb,
    };
    fs.mkdirSync(path.dirname(values.out), { recursive: true });
    fs.writeFileSync(values.out, JSON.stringify(report, null, 2) + '\n');
    printTable(report.scenarios, ingestion, serverRssMb);
  } finally {
    await raw.close();
    service.child.kill();
    statsService.child.kill();
    hello.child.kill();
  }
}

function printTable(
  rows: Record<string, unknown>[],
  ingestion: { articlesPerSecond: number },
  rss: number,
): void {
  const cell = (r?: LoadResult) =>
    r ? `${r.p50}/${r.p95}/${r.p99} ms ${r.requestsPerSecond}/s${r.errors ? ` ${r.errors} err` : ''}` : '—';
  console.log(
    '\nscenario | GraphQL c=1 p50/p95/p99, req/s | GraphQL c=20 | SQL stmts | raw SQL c=1 | raw SQL c=20',
  );
  for (const row of rows) {
    const g = row.graphql as LoadResult[] | undefined;
    const r = row.rawSql as LoadResult[] | undefined;
    const p = row.probe as GraphqlProbe | undefined;
    const stmts = p ? `${p.sqlStatements.min}–${p.sqlStatements.max}` : '—';
    console.log(
      `${row.scenario} | ${cell(g?.[0])} | ${cell(g?.[1])} | ${stmts} | ${cell(r?.[0])} | ${cell(r?.[1])}`,
    );
  }
  console.log(`ingestion: ${ingestion.articlesPerSecond} articles/s; server RSS after the run: ${rss} MB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
