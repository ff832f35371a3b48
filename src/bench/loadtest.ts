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
 *   node dist/bench/loadtest.js [--seconds 120] [--connections 128] [--write-share 0.1] [--timeout 30]
 */

const CLI = path.join(__dirname, '..', 'cli.js');
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
    const nextRequest = (): { query: string; variables: Record<string, unknown>; write: boolean } => {
      const r = random();
      if (r < writeShare) {
        const n = generated++;
        const [a, b] = [pick(COUNTRIES), pick(COUNTRIES)];
        return {
          write: true,
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
      if (read < 0.4) return { write: false, query: HEADLINE_QUERY, variables: { all: pick(graph.pairs) } };
      if (read < 0.6)
        return { write: false, query: DEEP_WALK_QUERY, variables: { id: pick(graph.articleIds) } };
      if (read < 0.8)
        return { write: false, query: CO_MENTIONS, variables: { code: pick(graph.countryCodes) } };
      return { write: false, query: SEARCH, variables: { text: pick(SEARCH_WORDS) } };
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
              setupRequest: (request) => {
                const next = nextRequest();
                if (next.write) writes++;
                return {
                  ...request,
                  headers: {
                    'content-type': 'application/json',
                    ...(next.write ? { authorization: `Bearer ${key}` } : {}),
                  },
                  body: JSON.stringify({ query: next.query, variables: next.variables }),
                };
              },
              onResponse: (status, body) => {
                if (status < 200 || status >= 300) {
                  non2xx++;
                  if (errorSamples.length < 5) errorSamples.push(`${status}: ${body.slice(0, 300)}`);
                  return;
                }
                const parsed = JSON.parse(body) as {
                  errors?: unknown[];
                  data?: { ingestArticle?: { userErrors: unknown[] } };
                };
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
      instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
    });
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
