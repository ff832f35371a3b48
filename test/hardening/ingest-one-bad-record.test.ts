import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article } from '../../src/entities/article';
import { createExtractor } from '../../src/extraction';
import { ingestFiles } from '../../src/ingest/ingest-files';
import { executeText } from '../helpers/execute';
import { refuseRows, REFUSAL_MESSAGE } from '../helpers/refusing-trigger';
import { createTestGraph, TEST_API_KEY, type TestGraph } from '../helpers/test-app';

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { status userErrors { field message code } }
}`;
const BIG_BODY_CHARS = 990_010;
const FIRST_WORD = 'quokkavillage';
/** As the CLI reads files: a record may take 4 bytes per character of the article limit. */
const FILE_OPTIONS = { maxRecordBytes: 4_000_000 };

/**
 * A body of BIG_BODY_CHARS characters (under the 1,000,000 limit) of distinct words ("a", "b", …,
 * "ba", …): PostgreSQL's tsvector of the whole of it would take about 2.3 MB, over its 1 MB limit.
 */
function distinctWords(chars: number): string {
  const words = [FIRST_WORD];
  let length = FIRST_WORD.length;
  for (let i = 0; length < chars; i++) {
    let word = '';
    for (let n = i; ; n = Math.floor(n / 26) - 1) {
      word = String.fromCharCode(97 + (n % 26)) + word;
      if (n < 26) break;
    }
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ').slice(0, chars).trimEnd();
}

const good = (file: string, n: number) => ({
  url: `https://robust.example/${file}/${n}`,
  title: `Story ${n} of ${file} about Japan`,
  body: `Tokyo said on day ${n} that Japan would host talks.`,
});

let dir: string;
let graph: TestGraph;
const bigBody = distinctWords(BIG_BODY_CHARS);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-robust-'));
  graph = await createTestGraph(createExtractor());
});
afterAll(async () => {
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A JSONL file of 62 records: the good ones, and `odd` as line 31. */
function jsonl(name: string, odd: object): string {
  const lines = Array.from({ length: 61 }, (_, i) => JSON.stringify(good(name, i + 1)));
  lines.splice(30, 0, JSON.stringify(odd));
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('ingest › an article the backend cannot index whole', () => {
  const big = { url: 'https://robust.example/big', title: 'A very long list of words', body: bigBody };

  it('a JSONL file of 61 articles and one 990,010-character body of distinct words stores all 62, and a re-run finds them', async () => {
    expect(bigBody.length).toBeGreaterThan(990_000);
    const file = jsonl('big.jsonl', big);
    expect(await ingestFiles([file], graph.app.services.ingest, FILE_OPTIONS)).toEqual({
      created: 62,
      updated: 0,
      unchanged: 0,
      skipped: [],
    });
    expect(await graph.app.dataSource.getRepository(Article).count()).toBe(62);
    const stored = await graph.app.dataSource.getRepository(Article).findOneByOrFail({ url: big.url });
    expect(stored.body).toBe(bigBody);
    // Full-text search finds it by a word of the start of its body (PostgreSQL indexes a prefix).
    const found = await executeText(
      graph.server,
      `{ articles(filter: { text: "${FIRST_WORD}" }) { nodes { url } } }`,
    );
    expect(found).toEqual({ data: { articles: { nodes: [{ url: big.url }] } } });
    expect(await ingestFiles([file], graph.app.services.ingest, FILE_OPTIONS)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 62,
      skipped: [],
    });
  });

  it('the ingestArticle mutation stores such an article', async () => {
    const result = await executeText(
      graph.server,
      INGEST,
      { input: { ...big, url: 'https://robust.example/big-by-mutation', title: 'Another long list' } },
      `Bearer ${TEST_API_KEY}`,
    );
    expect(result).toEqual({ data: { ingestArticle: { status: 'CREATED', userErrors: [] } } });
  });
});

describe('ingest › a record the database refuses costs only itself', () => {
  beforeAll(() => refuseRows(graph.app.dataSource, 'article', `NEW."title" LIKE '%REFUSE ME%'`));

  it('in a JSONL file of 62 records: 61 stored, the refused one skipped with file:line and the reason, on every run', async () => {
    const file = jsonl('refused.jsonl', {
      url: 'https://robust.example/refused',
      title: 'REFUSE ME please',
      body: 'Kenya and Peru signed a trade accord in Lima.',
    });
    const reason = expect.stringMatching(
      new RegExp(`the database refused this article: .*${REFUSAL_MESSAGE}`),
    );
    const skipped = [{ location: `${file}:31`, reason }];
    const articles = graph.app.dataSource.getRepository(Article);
    const before = await articles.count();
    expect(await ingestFiles([file], graph.app.services.ingest, FILE_OPTIONS)).toEqual({
      created: 61,
      updated: 0,
      unchanged: 0,
      skipped,
    });
    expect(await articles.count()).toBe(before + 61);
    expect(await articles.countBy({ url: 'https://robust.example/refused' })).toBe(0);
    expect(await ingestFiles([file], graph.app.services.ingest, FILE_OPTIONS)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 61,
      skipped,
    });
  });

  it('the ingestArticle mutation answers a NOT_STORED user error, not an internal error', async () => {
    const result = await executeText(
      graph.server,
      INGEST,
      { input: { title: 'REFUSE ME too', body: 'Nairobi and Tokyo agreed.' } },
      `Bearer ${TEST_API_KEY}`,
    );
    expect(result).toEqual({
      data: {
        ingestArticle: {
          status: 'REJECTED',
          userErrors: [
            {
              field: ['input', 'body'],
              code: 'NOT_STORED',
              message: expect.stringMatching(
                new RegExp(`^the database refused this article: .*${REFUSAL_MESSAGE}`),
              ),
            },
          ],
        },
      },
    });
  });
});
