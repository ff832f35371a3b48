import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { Extractor } from '../../src/extraction/types';
import { listen, postGraphQL, type GraphQLBody, type Listening } from '../helpers/http-listener';
import { createTestGraph, type TestGraph } from '../helpers/test-app';

const noEntities: Extractor = { extract: () => ({ entities: [] }) };
const READ = JSON.stringify({ query: '{ countries { code } }' });

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: GraphQLBody;
}

/**
 * Sends a read whose body arrives in two parts: the first part now, the rest when `finish` is
 * called. The server admits a request before parsing its body, so until then the request holds its
 * place (running or queued). Resolves once the server has taken the request in: express handles a
 * request in the listener registered first, so when the test's own 'request' listener runs, the
 * admission middleware has already run for it. Nothing here waits on a clock.
 */
async function sendInTwoParts(listening: Listening): Promise<{ finish(): Promise<Answer> }> {
  const url = new URL(`${listening.base}/graphql`);
  const bytes = Buffer.from(READ);
  const taken = new Promise((resolve) => listening.listener.once('request', resolve));
  let request!: http.ClientRequest;
  const answer = new Promise<Answer>((resolve, reject) => {
    request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': bytes.length },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: response.headers['retry-after'],
            body: JSON.parse(text) as GraphQLBody,
          }),
        );
      },
    );
    request.on('error', reject);
  });
  request.write(bytes.subarray(0, 10));
  await taken;
  return {
    finish: () => {
      request.end(bytes.subarray(10));
      return answer;
    },
  };
}

const codes = (body: GraphQLBody) => body.errors?.map((error) => error.extensions.code);

describe('admission › requests beyond CONTENT_GRAPH_MAX_CONCURRENT_REQUESTS wait their turn', () => {
  let graph: TestGraph | undefined;
  let listening: Listening | undefined;
  afterEach(async () => {
    await listening?.close();
    await graph?.close();
  });

  async function serve(maxConcurrent: number, maxQueued: number): Promise<Listening> {
    graph = await createTestGraph(noEntities, {
      CONTENT_GRAPH_MAX_CONCURRENT_REQUESTS: String(maxConcurrent),
      CONTENT_GRAPH_MAX_QUEUED_REQUESTS: String(maxQueued),
    });
    listening = await listen(graph.server);
    return listening;
  }

  it('with one running and none allowed to wait, the next is refused OVERLOADED with Retry-After; the first is served', async () => {
    const server = await serve(1, 0);
    const first = await sendInTwoParts(server);
    const second = await postGraphQL(server.base, READ);
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('1');
    expect(codes((await second.json()) as GraphQLBody)).toEqual(['OVERLOADED']);

    const answered = await first.finish();
    expect(answered.status).toBe(200);
    expect((answered.body.data?.countries as unknown[]).length).toBe(250);
    // Its place is free again once it has answered.
    expect((await postGraphQL(server.base, READ)).status).toBe(200);
  });

  it('a waiting request is served after the running one, and only the one beyond the queue is refused', async () => {
    const server = await serve(1, 1);
    const running = await sendInTwoParts(server);
    const waiting = await sendInTwoParts(server);
    const refused = await postGraphQL(server.base, READ);
    expect(refused.status).toBe(503);
    expect(codes((await refused.json()) as GraphQLBody)).toEqual(['OVERLOADED']);

    const [first, second] = await Promise.all([running.finish(), waiting.finish()]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(codes(second.body)).toBeUndefined();
  });

  it('a client that hangs up while waiting gives its place back', async () => {
    const server = await serve(1, 1);
    const running = await sendInTwoParts(server);
    const url = new URL(`${server.base}/graphql`);
    let taken!: () => void;
    const inside = new Promise<void>((resolve) => (taken = resolve));
    const left = new Promise((resolve) =>
      server.listener.once('request', (_request, response: http.ServerResponse) => {
        response.once('close', resolve);
        taken();
      }),
    );
    const leaving = http.request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': 100 },
    });
    leaving.on('error', () => undefined);
    leaving.write('{');
    await inside;
    leaving.destroy();
    await left;

    // The queue holds one: the place the client left is free for the next request.
    const next = await sendInTwoParts(server);
    const [first, second] = await Promise.all([running.finish(), next.finish()]);
    expect([first.status, second.status]).toEqual([200, 200]);
  });
});
