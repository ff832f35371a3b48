import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReader } from '../helpers/database-reader';
import { ingestInChildProcess } from '../helpers/ingest-process';
import { startServe, type ServeProcess } from '../helpers/serve-process';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const API_KEY = 'writers-share-key-0123456789';
/**
 * More than one batch of the CLI (50 articles), of long bodies: before extraction moved out of the
 * write transaction, one batch held SQLite's write lock for seconds, and mutations waiting for it
 * failed with SQLITE_BUSY (INTERNAL_SERVER_ERROR) past the 5 s busy_timeout.
 */
const CLI_ARTICLES = 60;
const BODY_CHARS = 600_000;

const COUNTRIES = ['China', 'North Korea', 'Japan', 'Kenya', 'Brazil', 'Germany'];
const PEOPLE = ['Xi Jinping', 'Kim Jong Un', 'William Ruto'];
const CITIES = ['Beijing', 'Tokyo', 'Nairobi', 'Berlin'];

/** A long article of news-like sentences, different for each `i`: extraction takes a while. */
function longBody(i: number): string {
  const sentences: string[] = [];
  for (let j = 0, length = 0; length < BODY_CHARS; j++) {
    const sentence =
      `${PEOPLE[j % 3]} met officials in ${CITIES[(i + j) % 4]} on day ${i}-${j} to discuss trade ` +
      `between ${COUNTRIES[j % 6]} and ${COUNTRIES[(j + i + 1) % 6]}.`;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return sentences.join(' ');
}

const MUTATION = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status userErrors { code } } }`;

let dir: string;
let corpus: string;
let database: TestDatabase;
let serve: ServeProcess;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-writers-'));
  corpus = path.join(dir, 'long.jsonl');
  const lines = Array.from({ length: CLI_ARTICLES }, (_, i) =>
    JSON.stringify({ url: `https://cli.example/${i}`, title: `Long report ${i}`, body: longBody(i) }),
  );
  fs.writeFileSync(corpus, `${lines.join('\n')}\n`);
  database = await createTestDatabase(`sqlite:${path.join(dir, 'graph.sqlite')}`);
  serve = await startServe({ DATABASE_URL: database.url, CONTENT_GRAPH_API_KEYS: API_KEY });
  await serve.logLine('listening');
});
afterAll(async () => {
  serve.child.kill('SIGTERM');
  await serve.exited;
  await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('writers from two processes on one database', () => {
  it(
    'ingestArticle mutations against a server while a CLI ingest writes the same database › every one answers, none fails',
    { timeout: 240_000 },
    async () => {
      let cliRunning = true;
      const cli = ingestInChildProcess(database.url, corpus).finally(() => (cliRunning = false));
      const answers: unknown[] = [];
      let duringCli = 0;
      for (let i = 0; cliRunning; i++) {
        const response = await fetch(`http://127.0.0.1:${serve.port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
          body: JSON.stringify({
            query: MUTATION,
            variables: {
              input: {
                url: `https://api.example/${i}`,
                title: `Short note ${i}`,
                body: `Kenya and Japan met ${i}.`,
              },
            },
          }),
        });
        answers.push({ status: response.status, body: await response.json() });
        if (cliRunning) duringCli += 1;
      }
      const run = await cli;
      expect(run.code, run.output).toBe(0);
      expect(duringCli).toBeGreaterThanOrEqual(3);
      const created = {
        status: 200,
        body: { data: { ingestArticle: { status: 'CREATED', userErrors: [] } } },
      };
      expect(answers).toEqual(answers.map(() => created));
      const db = await openReader(database);
      try {
        const [{ n }] = await db.all<{ n: number }>('SELECT count(*) AS "n" FROM "article"');
        expect(Number(n)).toBe(CLI_ARTICLES + answers.length);
      } finally {
        await db.close();
      }
    },
  );
});
