import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';

export interface LoadResult {
  connections: number;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summarize(connections: number, latencies: number[], errors: number, seconds: number): LoadResult {
  const sorted = latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    connections,
    requests: sorted.length,
    errors,
    requestsPerSecond: Math.round(sorted.length / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
  };
}

/** HTTP load with autocannon; every request body comes from `body()`, so each one differs. */
export async function httpLoad(
  url: string,
  connections: number,
  seconds: number,
  body: () => string,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url,
      connections,
      duration: seconds,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status === 200) latencies.push(ms);
    else errors++;
  });
  const result = await done;
  return summarize(connections, latencies, errors + result.errors + result.timeouts, result.duration);
}

/** `connections` callers looping over `call` for `seconds`: the raw-SQL floor, measured like HTTP. */
export async function loopLoad(
  connections: number,
  seconds: number,
  call: () => Promise<unknown>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          await call();
          latencies.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  return summarize(connections, latencies, errors, (performance.now() - started) / 1000);
}
