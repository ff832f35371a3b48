import autocannon from 'autocannon';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from './random';
import { DEEP_WALK_QUERY, HEADLINE_QUERY } from './operations';

/**
 * `npm run loadtest`: the real server (`content-graph serve`) on a fresh demo-corpus database, driven
 * over loopback by many connections with a mix of reads and ~10% ingestArticle mutations for a
 * bounded time. Every non-2xx answer and every GraphQL error counts as an error; exits 1 if any.
 *
 *   node dist-bench/bench/loadtest.js [--seconds 120] [--connections 128] [--write-share 0.1] [--timeout 30] [--profile]
 *
 * The report splits latency by operation. `--profile` also turns on the server's query stats
 * (CONTENT_GRAPH_QUERY_STATS=1) to split each operation's server time into SQL and the rest, and
 * probes `GET /healthz` every 50 ms: that answer touches no database, so its latency is the wait
 * for the server's event loop.
 */

// Compiled to dist-bench/bench/: the package's own build is dist/ at the repository root.
const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const DEMO = path.join(__dirname, '..', '..', 'demo', 'articles.jsonl');

const CO_MENTIONS = `query CoMentions($code: String!) {
  country(code: $code) { name coMentions(first: 10) { entity { name } sharedArticles } }
}`;
const SEARCH = `query Search($text: String!) {
  articles(filter: { text: $text }, first: 20) { totalCount nodes { title publishedAt source } }
}`;
const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { status userErrors { code message } article { id } }
}`;
const SEARCH_WORDS = ['election', 'trade', 'minister', 'talks', 'energy', 'president', 'security', 'climate'];
const COUNTRIES = ['China', 'Japan', 'Kenya', 'Brazil', 'Germany', 'India', 'Egypt', 'Canada', 'France'];

type Kind = 'headline' | 'deepWalk' | 'coMentions' | 'search' | 'ingest';

/** Latencies of one kind of request: client-measured, and the server's own split when profiling. */
interface KindTimes {
  latencyMs: number[];
  serverMs: number[];
  sqlMs: number[];
}

function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? NaN),
  };
}

/** GETs /healthz every `everyMs` until stopped; the latencies measure event-loop waits. */
function probeHealth(base: string, everyMs: number): { stop(): Promise<number[]> } {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await (await fetch(`${base}/healthz`)).text();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return latencies;
    },
  };
}

interface Sample {
  pairs: string[][];
  articleIds: string[];
  countryCodes: string[];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
}

async function waitReady(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server not ready after 60 s');
}

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`sample query failed: ${JSON.stringify(body)}`);
  return body.data;
}

/** Real ids, country codes and co-mentioned pairs from the demo graph, to draw requests from. */
async function sample(url: string): Promise<Sample> {
  const data = (await graphql(
    url,
    `
      {
        articles(first: 100) {
          nodes {
            id
            countries {
              code
            }
          }
        }
      }
    `,
  )) as {
    articles: { nodes: { id: string; countries: { code: string }[] }[] };
  };
  const nodes = data.articles.nodes;
  const pairs = nodes
    .filter((n) => n.countries.length >= 2)
    .map((n) => n.countries.slice(0, 2).map((c) => c.code));
  const countryCodes = [...new Set(nodes.flatMap((n) => n.countries.map((c) => c.code)))];
  if (!pairs.length || !countryCodes.length) throw new Error('the demo graph has no co-mentioned countries');
  return { pairs, articleIds: nodes.map((n) => n.id), countryCodes };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '120' },
      connections: { type: 'string', default: '128' },
      'write-share': { type: 'string', default: '0.1' },
      timeout: { type: 'string', default: '30' },
      profile: { type: 'boolean', default: false },
    },
  });
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const writeShare = Number(values['write-share']);
  /** Seconds before autocannon gives up on a response (and counts an error). */
  const timeout = Number(values.timeout);
  if (!(seconds > 0) || !(connections > 0) || !(timeout > 0) || !(writeShare >= 0 && writeShare <= 1)) {
    throw new Error('--seconds and --connections must be positive, --write-share within 0..1');
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-loadtest-'));
  const database = path.join(dir, 'loadtest.sqlite');
  const key = `cgk_${randomBytes(32).toString('base64url')}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: `sqlite:${database}`,
    CONTENT_GRAPH_API_KEY_HASHES: `sha256:${createHash('sha256').update(key).digest('hex')}`,
    CONTENT_GRAPH_RATE_LIMIT_POINTS: '0',
    CONTENT_GRAPH_LOG_LEVEL: 'warn',
    ...(values.profile ? { CONTENT_GRAPH_QUERY_STATS: '1' } : {}),
  };
  let server: ChildProcess | undefined;
  try {
    process.stdout.write(`ingesting the demo corpus into ${database}\n`);
    const ingest = spawnSync(process.execPath, [CLI, 'ingest', DEMO], { env, encoding: 'utf8' });
    if (ingest.status !== 0) throw new Error(`demo ingest failed: ${ingest.stdout}${ingest.stderr}`);
    process.stdout.write(ingest.stdout);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const url = `${base}/graphql`;
    server = spawn(process.execPath, [CLI, 'serve', '--no-demo', '--port', String(port)], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitReady(base, server);
    const pid = server.pid!;
    const graph = await sample(url);
    const rssBefore = rssMb(pid);

    const random = seededRandom(20_260_101);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    let generated = 0;
    const nextRequest = (): { query: string; variables: Record<string, unknown>; kind: Kind } => {
      const r = random();
      if (r < writeShare) {
        const n = generated++;
        const [a, b] = [pick(COUNTRIES), pick(COUNTRIES)];
        return {
          kind: 'ingest',
          query: INGEST,
          variables: {
            input: {
              url: `https://loadtest.example/${process.pid}/${n}`,
              title: `${a} and ${b} discuss trade (load test ${n})`,
              body: `Ministers from ${a} and ${b} met on day ${n} to discuss trade and energy.\n\nThe talks in Geneva will continue next month, officials said (item ${n}).`,
              source: 'Load Test Wire',
              publishedAt: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
            },
          },
        };
      }
      const read = (r - writeShare) / (1 - writeShare);
      if (read < 0.4)
        return { kind: 'headline', query: HEADLINE_QUERY, variables: { all: pick(graph.pairs) } };
      if (read < 0.6)
        return { kind: 'deepWalk', query: DEEP_WALK_QUERY, variables: { id: pick(graph.articleIds) } };
      if (read < 0.8)
        return { kind: 'coMentions', query: CO_MENTIONS, variables: { code: pick(graph.countryCodes) } };
      return { kind: 'search', query: SEARCH, variables: { text: pick(SEARCH_WORDS) } };
    };

    process.stdout.write(
      `load: ${connections} connections for ${seconds} s on ${url}, ${Math.round(writeShare * 100)}% ingestArticle ` +
        `mutations; rate limit OFF for this run (CONTENT_GRAPH_RATE_LIMIT_POINTS=0), NODE_ENV=production\n`,
    );
    const latencies: number[] = [];
    const errorSamples: string[] = [];
    let non2xx = 0;
    let graphqlErrors = 0;
    let writes = 0;
    const byKind = new Map<Kind, KindTimes>();
    const times = (kind: Kind): KindTimes => {
      let entry = byKind.get(kind);
      if (!entry) byKind.set(kind, (entry = { latencyMs: [], serverMs: [], sqlMs: [] }));
      return entry;
    };
    // autocannon calls onResponse and then emits 'response' (with the latency) synchronously, so the
    // kind of the request just answered is passed from one to the other here.
    let answered: Kind | undefined;
    const health = values.profile ? probeHealth(base, 50) : null;
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url,
          connections,
          duration: seconds,
          timeout,
          method: 'POST',
          requests: [
            {
              setupRequest: (request, context: { kind?: Kind }) => {
                const next = nextRequest();
                const write = next.kind === 'ingest';
                if (write) writes++;
                context.kind = next.kind;
                return {
                  ...request,
                  headers: {
                    'content-type': 'application/json',
                    ...(write ? { authorization: `Bearer ${key}` } : {}),
                  },
                  body: JSON.stringify({ query: next.query, variables: next.variables }),
                };
              },
              onResponse: (status, body, context: { kind?: Kind }) => {
                answered = context.kind;
                if (status < 200 || status >= 300) {
                  non2xx++;
                  if (errorSamples.length < 5) errorSamples.push(`${status}: ${body.slice(0, 300)}`);
                  return;
                }
                const parsed = JSON.parse(body) as {
                  errors?: unknown[];
                  data?: { ingestArticle?: { userErrors: unknown[] } };
                  extensions?: { queryStats?: { sqlMs: number; totalMs: number } };
                };
                const stats = parsed.extensions?.queryStats;
                if (stats && answered) {
                  times(answered).serverMs.push(stats.totalMs);
                  times(answered).sqlMs.push(stats.sqlMs);
                }
                const userErrors = parsed.data?.ingestArticle?.userErrors.length ?? 0;
                if (parsed.errors?.length || userErrors) {
                  graphqlErrors++;
                  if (errorSamples.length < 5) errorSamples.push(body.slice(0, 300));
                }
              },
            },
          ],
        },
        (error, res) => (error ? reject(error) : resolve(res)),
      );
      instance.on('response', (_client, _status, _bytes, ms) => {
        latencies.push(ms);
        if (answered) times(answered).latencyMs.push(ms);
        answered = undefined;
      });
    });
    const healthLatencies = await health?.stop();
    const rssAfter = rssMb(pid);
    latencies.sort((a, b) => a - b);
    // autocannon's `errors` already include its `timeouts`.
    const errors = non2xx + graphqlErrors + result.errors;
    const report = {
      seconds: result.duration,
      connections,
      timeoutSeconds: timeout,
      requests: result.requests.total,
      mutationsSent: writes,
      requestsPerSecond: Math.round(result.requests.total / result.duration),
      latencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.at(-1) },
      errors,
      errorBreakdown: { non2xx, graphqlErrors, socketErrors: result.errors, timeouts: result.timeouts },
      byOperation: Object.fromEntries(
        [...byKind].map(([kind, t]) => [
          kind,
          {
            latencyMs: summary(t.latencyMs),
            ...(t.serverMs.length ? { serverMs: summary(t.serverMs), serverSqlMs: summary(t.sqlMs) } : {}),
          },
        ]),
      ),
      ...(healthLatencies ? { healthzMs: summary(healthLatencies) } : {}),
      serverRssMb: { before: rssBefore, after: rssAfter },
      rateLimit: 'off (CONTENT_GRAPH_RATE_LIMIT_POINTS=0)',
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (errorSamples.length) process.stdout.write(`first errors:\n${errorSamples.join('\n')}\n`);
    process.stdout.write(errors === 0 ? 'OK: no errors\n' : `FAILED: ${errors} errors\n`);
    return errors === 0 ? 0 : 1;
  } finally {
    if (server && server.exitCode === null) {
      const exit = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exit;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`loadtest: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
