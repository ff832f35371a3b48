import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaygroundRouter } from '../src/http/playground/playground.router';
import { jsonForInlineScript } from '../src/http/playground/page';

const DEFAULT_QUERY = 'query Example {\n  articles(first: 5) {\n    title\n  }\n}\n';

const ASSETS = [
  { name: 'react.production.min.js', type: 'text/javascript' },
  { name: 'react-dom.production.min.js', type: 'text/javascript' },
  { name: 'graphiql.min.js', type: 'text/javascript' },
  { name: 'graphiql.min.css', type: 'text/css' },
] as const;

interface TestServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** A bare express app with the playground router and a 418 fallback for everything that falls through. */
async function startServer(mount: (app: express.Express) => void): Promise<TestServer> {
  const app = express();
  mount(app);
  app.use((_req, res) => {
    res.status(418).type('text/plain').send('fell through');
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** GET with the path sent verbatim (fetch would normalize "..", which is exactly what we want to test). */
function rawGet(baseUrl: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const getHtml = (url: string): Promise<Response> => fetch(url, { headers: { Accept: 'text/html' } });

describe('playground router', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer((app) =>
      app.use(createPlaygroundRouter({ endpoint: '/graphql', defaultQuery: DEFAULT_QUERY })),
    );
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves the GraphiQL page to a browser at the endpoint', async () => {
    const res = await getHtml(`${server.baseUrl}/graphql`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('vary')).toMatch(/Accept/i);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-/);
    const html = await res.text();

    for (const asset of ASSETS) {
      expect(html).toContain(`/playground/assets/${asset.name}?v=`);
    }
    expect(html).toContain(jsonForInlineScript(DEFAULT_QUERY));
    expect(html).toContain('"endpoint":"/graphql"');
    expect(html).toContain("defaultHeaders: '{}'");
    expect(html).toContain("'apollo-require-preflight': 'true'");
  });

  it('references no off-site script or stylesheet', async () => {
    const html = await (await getHtml(`${server.baseUrl}/graphql`)).text();
    const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)]
      .map((m) => m[1])
      .filter((ref) => ref !== 'data:,'); // the inline empty favicon that stops a /favicon.ico request
    expect(refs).toHaveLength(ASSETS.length);
    for (const ref of refs) {
      expect(ref).toMatch(/^\/playground\/assets\//);
    }
    expect(html).not.toMatch(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
  });

  it('serves every whitelisted asset with its content type and a long cache lifetime', async () => {
    for (const asset of ASSETS) {
      const res = await fetch(`${server.baseUrl}/playground/assets/${asset.name}`);
      expect(res.status, asset.name).toBe(200);
      expect(res.headers.get('content-type'), asset.name).toContain(asset.type);
      expect(res.headers.get('cache-control'), asset.name).toMatch(/max-age=31536000.*immutable/);
      expect(res.headers.get('x-content-type-options'), asset.name).toBe('nosniff');
      const body = await res.text();
      expect(body.length, asset.name).toBeGreaterThan(10_000);
    }
  });

  it('serves the exact asset URLs the page references', async () => {
    const html = await (await getHtml(`${server.baseUrl}/graphql`)).text();
    const refs = [...html.matchAll(/(?:src|href)="(\/playground\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(refs).toHaveLength(ASSETS.length);
    for (const ref of refs) {
      const res = await fetch(`${server.baseUrl}${ref}`, { method: 'HEAD' });
      expect(res.status, ref).toBe(200);
    }
  });

  it('refuses path traversal and unknown asset names with 404', async () => {
    for (const path of [
      '/playground/assets/../package.json',
      '/playground/assets/../../package.json',
      '/playground/assets/%2e%2e%2fpackage.json',
      '/playground/assets/..%2Fpackage.json',
      '/playground/assets/react/package.json',
      '/playground/assets/graphiql.min.js.map',
      '/playground/assets/__proto__',
      '/playground/assets/',
    ]) {
      const res = await rawGet(server.baseUrl, path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('"name"');
    }
  });

  it('lets GraphQL requests and everything else fall through', async () => {
    const cases: Array<[string, RequestInit]> = [
      ['/graphql', { headers: { Accept: 'application/json' } }],
      ['/graphql', { headers: { Accept: 'application/graphql-response+json, application/json' } }],
      ['/graphql', { headers: { Accept: '*/*' } }],
      ['/graphql?query=%7B__typename%7D', { headers: { Accept: 'text/html' } }],
      ['/graphql?extensions=%7B%7D', { headers: { Accept: 'text/html' } }],
      [
        '/graphql',
        {
          method: 'POST',
          headers: { Accept: 'text/html', 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        },
      ],
      ['/other', { headers: { Accept: 'text/html' } }],
      ['/playground/assets/graphiql.min.js', { method: 'POST' }],
    ];
    for (const [path, init] of cases) {
      const res = await fetch(`${server.baseUrl}${path}`, init);
      expect(res.status, `${init.method ?? 'GET'} ${path}`).toBe(418);
    }
  });

  it('serves the page to a real browser Accept header', async () => {
    const res = await fetch(`${server.baseUrl}/graphql`, {
      headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  });
});

describe('playground page escaping', () => {
  it('cannot be broken out of by the default query', async () => {
    const hostile = '# </script><script>alert(1)</script> <!-- \u2028 \u2029 & "quotes" \\ \n{ __typename }';
    const server = await startServer((app) =>
      app.use(createPlaygroundRouter({ endpoint: '/graphql', defaultQuery: hostile })),
    );
    try {
      const html = await (await getHtml(`${server.baseUrl}/graphql`)).text();
      expect(html).not.toContain('<script>alert(1)');
      expect(html).not.toContain('<!-- ');
      expect(html).not.toContain('\u2028');
      // 4 asset tags + the bootstrap script: no extra </script> smuggled in.
      expect(html.match(/<\/script>/g)).toHaveLength(4);
      // The embedded JSON still round-trips to exactly the original query.
      const config = /var config = (.*);\n/.exec(html);
      expect(config).not.toBeNull();
      expect((JSON.parse(config![1]) as { defaultQuery: string }).defaultQuery).toBe(hostile);
    } finally {
      await server.close();
    }
  });

  it('escapes <, >, & and line separators for inline scripts', () => {
    expect(jsonForInlineScript('</script>&\u2028')).toBe('"\\u003c/script\\u003e\\u0026\\u2028"');
  });
});

describe('playground router options', () => {
  it('works when mounted under a prefix and with a custom assets path', async () => {
    const server = await startServer((app) =>
      app.use(
        '/api',
        createPlaygroundRouter({
          endpoint: '/gql',
          defaultQuery: '{ __typename }',
          assetsPath: '/static/gq/',
        }),
      ),
    );
    try {
      const html = await (await getHtml(`${server.baseUrl}/api/gql`)).text();
      expect(html).toContain('"endpoint":"/api/gql"');
      expect(html).toContain('src="/api/static/gq/graphiql.min.js?v=');
      const asset = await fetch(`${server.baseUrl}/api/static/gq/graphiql.min.css`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toContain('text/css');
      expect((await asset.text()).length).toBeGreaterThan(10_000);
      expect((await fetch(`${server.baseUrl}/playground/assets/graphiql.min.css`)).status).toBe(418);
    } finally {
      await server.close();
    }
  });

  it('rejects endpoints and asset paths Express would interpret', () => {
    expect(() => createPlaygroundRouter({ endpoint: 'graphql', defaultQuery: '' })).toThrow(/endpoint/);
    expect(() => createPlaygroundRouter({ endpoint: '/graphql/:id', defaultQuery: '' })).toThrow(/endpoint/);
    expect(() => createPlaygroundRouter({ endpoint: '/graphql', defaultQuery: '', assetsPath: '/' })).toThrow(
      /assetsPath/,
    );
    expect(() =>
      createPlaygroundRouter({ endpoint: '/graphql', defaultQuery: '', assetsPath: '/a/../b' }),
    ).toThrow(/assetsPath/);
  });
});
