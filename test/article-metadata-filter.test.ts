import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedEntity, ExtractionInput, Extractor } from '../src/extraction/types';
import { executeText } from './helpers/execute';
import { createTestGraph, type TestGraph } from './helpers/test-app';

/**
 * Articles whose source, language and section differ in case, in script and in subtags, so that
 * every answer below is known by hand from this table. Article 5's names start with non-ASCII
 * capitals: only A-Z are folded (as SQL LOWER() on both backends), so "ärzte zeitung" finds nothing.
 */
const FIXTURES = [
  { n: 1, source: 'Reuters', language: 'en', section: 'World', china: true },
  { n: 2, source: 'REUTERS', language: 'en-GB', section: 'WORLD', china: true },
  { n: 3, source: 'AP', language: 'EN-us', section: 'Business', china: false },
  { n: 4, source: 'Agence France-Presse', language: 'fr', section: 'Monde', china: true },
  { n: 5, source: 'Ärzte Zeitung', language: 'de-AT', section: 'Économie', china: false },
  { n: 6, source: 'Reuters', language: 'eng', section: null, china: false },
  { n: 7, source: null, language: null, section: null, china: true },
] as const;

const title = (n: number) => `Fixture story ${n}`;

const china: ExtractedEntity = {
  kind: 'COUNTRY',
  name: 'China',
  countryCode: 'CN',
  aliases: [],
  count: 1,
  salience: 0.9,
  evidence: [{ field: 'body', start: 6, end: 11, sentence: 'About China.', sentenceStart: 0 }],
};

const extractor: Extractor = {
  extract: (input: ExtractionInput) => ({
    entities: FIXTURES.some((f) => title(f.n) === input.title && f.china) ? [china] : [],
  }),
};

let graph: TestGraph;
beforeAll(async () => {
  graph = await createTestGraph(extractor);
  await graph.app.services.ingest.ingestMany(
    FIXTURES.map((f) => ({
      title: title(f.n),
      body: 'About China.',
      url: `https://example.com/fixture/${f.n}`,
      publishedAt: new Date(Date.UTC(2025, 0, f.n)),
      source: f.source,
      language: f.language,
      section: f.section,
    })),
  );
});
afterAll(() => graph.close());

interface Listed {
  articles: { totalCount: number; nodes: { title: string }[] };
}

/** The fixture numbers a filter finds, in page order (newest first), checked against totalCount. */
async function found(filter: Record<string, unknown>): Promise<number[]> {
  const result = await executeText(
    graph.server,
    `query($filter: ArticleFilter) { articles(filter: $filter, first: 100) { totalCount nodes { title } } }`,
    { filter },
  );
  expect(result.errors).toBeUndefined();
  const { articles } = result.data as unknown as Listed;
  expect(articles.totalCount).toBe(articles.nodes.length);
  return articles.nodes.map((node) => Number(node.title.replace('Fixture story ', '')));
}

async function refusal(filter: Record<string, unknown>) {
  const result = await executeText(
    graph.server,
    `query($filter: ArticleFilter) { articles(filter: $filter) { totalCount nodes { title } } }`,
    { filter },
  );
  expect(result.errors).toHaveLength(1);
  return {
    code: result.errors![0].extensions?.code,
    argumentName: result.errors![0].extensions?.argumentName,
  };
}

describe('articles › filter.sources', () => {
  it('"reuters" finds Reuters and REUTERS; several names find any of them', async () => {
    expect(await found({ sources: ['reuters'] })).toEqual([6, 2, 1]);
    expect(await found({ sources: ['reuters', 'ap'] })).toEqual([6, 3, 2, 1]);
    expect(await found({ sources: ['  Agence France-Presse '] })).toEqual([4]);
  });

  it('folds A-Z only: "ÄRZTE ZEITUNG" finds Ärzte Zeitung, "ärzte zeitung" does not', async () => {
    expect(await found({ sources: ['ÄRZTE ZEITUNG'] })).toEqual([5]);
    expect(await found({ sources: ['ärzte zeitung'] })).toEqual([]);
  });

  it('with mentionsAll (the posting-list walk), and counted the same', async () => {
    expect(await found({ mentionsAll: ['China'], sources: ['REUTERS'] })).toEqual([2, 1]);
    expect(await found({ mentionsAll: ['China'], sources: ['ap'] })).toEqual([]);
  });

  it('the deprecated source stays exact', async () => {
    expect(await found({ source: 'Reuters' })).toEqual([6, 1]);
    expect(await found({ source: 'reuters' })).toEqual([]);
    expect(await found({ mentionsAll: ['China'], source: 'REUTERS' })).toEqual([2]);
  });

  it('source and sources together › BAD_USER_INPUT naming filter.sources', async () => {
    expect(await refusal({ source: 'Reuters', sources: ['AP'] })).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'filter.sources',
    });
  });
});

describe('articles › filter.languages', () => {
  it('a primary subtag finds itself and its regional tags, in any case, but not a longer subtag', async () => {
    expect(await found({ languages: ['en'] })).toEqual([3, 2, 1]);
    expect(await found({ languages: ['EN'] })).toEqual([3, 2, 1]);
    expect(await found({ languages: ['eng'] })).toEqual([6]);
  });

  it('a full tag finds only itself (and longer tags it prefixes)', async () => {
    expect(await found({ languages: ['en-gb'] })).toEqual([2]);
    expect(await found({ languages: ['fr', 'DE-at'] })).toEqual([5, 4]);
    expect(await found({ languages: ['de-DE'] })).toEqual([]);
  });

  it('with mentionsAll', async () => {
    expect(await found({ mentionsAll: ['China'], languages: ['en'] })).toEqual([2, 1]);
  });
});

describe('articles › filter.sections', () => {
  it('exact names ignoring A-Z case; several find any', async () => {
    expect(await found({ sections: ['world'] })).toEqual([2, 1]);
    expect(await found({ sections: ['business', 'MONDE'] })).toEqual([4, 3]);
    expect(await found({ sections: ['Wor'] })).toEqual([]);
    expect(await found({ sections: ['Économie'] })).toEqual([5]);
    expect(await found({ sections: ['économie'] })).toEqual([]);
  });

  it('all conditions together must hold', async () => {
    expect(await found({ sources: ['reuters'], languages: ['en'], sections: ['world'] })).toEqual([2, 1]);
    expect(await found({ sources: ['reuters'], languages: ['en-GB'], mentionsAll: ['China'] })).toEqual([2]);
  });
});

describe('articles › sources, languages, sections › bad values', () => {
  const tooMany = Array.from({ length: 21 }, (_, i) => `name ${i}`);
  it.each([
    ['sources', []],
    ['sources', ['']],
    ['sources', ['   ']],
    ['sources', tooMany],
    ['sources', ['a\u0000b']],
    ['languages', []],
    ['languages', ['en_US']],
    ['languages', ['en-']],
    ['languages', ['e n']],
    ['languages', ['x'.repeat(36)]],
    ['sections', ['  ']],
    ['sections', tooMany],
  ])('%s: %j › BAD_USER_INPUT naming the list', async (name, value) => {
    expect(await refusal({ [name]: value })).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: `filter.${name}`,
    });
  });

  it('20 entries are allowed', async () => {
    expect(await found({ sources: [...tooMany.slice(0, 19), 'AP'] })).toEqual([3]);
  });
});

/** The SQL statements a query issued, with their parameters. */
async function statementsOf(
  filter: Record<string, unknown>,
): Promise<{ sql: string; parameters: unknown[] }[]> {
  const seen: { sql: string; parameters: unknown[] }[] = [];
  const counter = graph.app.statements;
  const original = counter.logQuery;
  counter.logQuery = (sql, parameters, runner) => {
    seen.push({ sql, parameters: parameters ?? [] });
    original.call(counter, sql, parameters, runner);
  };
  try {
    await found(filter);
  } finally {
    counter.logQuery = original;
  }
  return seen;
}

/**
 * The plan of a statement. On PostgreSQL a 7-article table is cheapest to scan, so full scans are
 * switched off for the plan: what is left is what the statement lets the planner do. Sorting stays
 * on: rows of several sources come from the index one source after the other, and are sorted by
 * date after (for a common source the planner may rather walk idx_article_sort and filter).
 */
async function planOf(statement: { sql: string; parameters: unknown[] }): Promise<string> {
  const { dataSource } = graph.app;
  if (dataSource.options.type !== 'postgres') {
    const rows = (await dataSource.query(`EXPLAIN QUERY PLAN ${statement.sql}`, statement.parameters)) as {
      detail: string;
    }[];
    return rows.map((row) => row.detail).join('\n');
  }
  return dataSource.transaction(async (manager) => {
    for (const setting of ['enable_seqscan', 'enable_bitmapscan']) {
      await manager.query(`SET LOCAL ${setting} = off`);
    }
    const rows = (await manager.query(`EXPLAIN ${statement.sql}`, statement.parameters)) as {
      'QUERY PLAN': string;
    }[];
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

describe('articles › source filters › use the index on LOWER(source)', () => {
  it.each([
    ['sources, one name', { sources: ['reuters'] }],
    ['sources, several names', { sources: ['reuters', 'ap'] }],
    ['the deprecated exact source', { source: 'Reuters' }],
  ])('%s › the page and the count read idx_article_source_lower_sort', async (_, filter) => {
    const statements = (await statementsOf(filter)).filter((s) => /FROM article a\b/.test(s.sql));
    expect(statements).toHaveLength(2);
    for (const statement of statements) {
      const plan = await planOf(statement);
      expect(plan).toContain('idx_article_source_lower_sort');
      expect(plan).not.toMatch(/SCAN a\b|Seq Scan/);
    }
  });
});
