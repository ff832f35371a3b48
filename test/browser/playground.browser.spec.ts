import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaygroundRouter } from '../../src/http/playground/playground.router';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = '/tmp/playground.png';

const TYPE_DEFS = /* GraphQL */ `
  """
  Playground browser-test schema.
  """
  schema {
    query: Query
  }

  """
  Entry points of the test graph.
  """
  type Query {
    """
    Says hello to someone.
    """
    hello(
      """
      Who to greet.
      """
      name: String = "world"
    ): String!
  }
`;

const DEFAULT_QUERY = `# Example query from the caller
query PlaygroundExample {
  hello(name: "GraphiQL")
}
`;

interface NetworkProblem {
  url: string;
  problem: string;
}

describe('GraphiQL playground in Chromium', () => {
  let apollo: ApolloServer;
  let server: http.Server;
  let baseUrl: string;
  let userDataDir: string;
  let context: BrowserContext;

  beforeAll(async () => {
    apollo = new ApolloServer({
      typeDefs: TYPE_DEFS,
      resolvers: { Query: { hello: (_: unknown, a: { name: string }) => `Hello, ${a.name}!` } },
      plugins: [ApolloServerPluginLandingPageDisabled()],
    });
    await apollo.start();

    const app = express();
    app.use(createPlaygroundRouter({ endpoint: '/graphql', defaultQuery: DEFAULT_QUERY }));
    app.use('/graphql', express.json(), expressMiddleware(apollo));
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 800 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    await new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await apollo?.stop();
  });

  it('renders offline, shows the default query and docs, runs the query', async () => {
    const page: Page = await context.newPage();
    const requested: string[] = [];
    const problems: NetworkProblem[] = [];
    const consoleErrors: string[] = [];
    const graphqlPosts: Array<Record<string, string>> = [];
    page.on('request', (req) => {
      requested.push(req.url());
      if (req.method() === 'POST' && new URL(req.url()).pathname === '/graphql')
        graphqlPosts.push(req.headers());
    });
    page.on('requestfailed', (req) =>
      problems.push({ url: req.url(), problem: req.failure()?.errorText ?? 'failed' }),
    );
    page.on('response', (res) => {
      if (res.status() >= 400) problems.push({ url: res.url(), problem: `HTTP ${res.status()}` });
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));

    const response = await page.goto(`${baseUrl}/graphql`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);

    // GraphiQL rendered and the query editor holds the caller's default query.
    // (Locators only: tsconfig has no DOM lib, so no document.* callbacks here.)
    const queryEditor = page.locator('.graphiql-container .graphiql-query-editor .CodeMirror-code');
    await queryEditor.filter({ hasText: 'PlaygroundExample' }).waitFor();
    const editorText = await queryEditor.innerText();
    expect(editorText).toContain('hello(name: "GraphiQL")');

    // Docs explorer is open and shows descriptions from the introspected schema.
    await page.getByText('Playground browser-test schema.').waitFor();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
    await page.getByText('Entry points of the test graph.').waitFor();
    await page.getByText('Says hello to someone.').waitFor();

    // The header editor starts as {}.
    await page.locator('.graphiql-editor-tools').getByText('Headers', { exact: true }).click();
    const headersEditor = page.locator('.graphiql-editor-tool .CodeMirror-code').filter({ visible: true });
    await headersEditor.filter({ hasText: '{}' }).waitFor();
    // Line numbers are part of the text; strip them and the whitespace.
    expect((await headersEditor.innerText()).replace(/\s|\d/g, '')).toBe('{}');

    // Running the query goes through Apollo Server (CSRF prevention on) and shows the result.
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').filter({ hasText: 'Hello, GraphiQL!' }).waitFor();

    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    const offsite = requested.filter((url) => {
      const { protocol, hostname } = new URL(url);
      return !(protocol === 'data:' || hostname === '127.0.0.1' || hostname === 'localhost');
    });
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(requested.filter((url) => url.includes('/playground/assets/'))).toHaveLength(4);
    // Introspection + the query, both POSTed as JSON with the CSRF-preflight header.
    expect(graphqlPosts.length).toBeGreaterThanOrEqual(2);
    for (const headers of graphqlPosts) {
      expect(headers['content-type']).toContain('application/json');
      expect(headers['apollo-require-preflight']).toBe('true');
    }
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });
});
