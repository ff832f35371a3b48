import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeText } from './helpers/execute';
import { createDayGraph, type DayMention } from './helpers/day-graph';
import type { TestGraph } from './helpers/test-app';

/**
 * Who each day's article mentions. By hand: articles Alice 3 (last on day 3), Bob 3 (day 6),
 * Carol 2 (day 4), Dave 1 (day 3), Erin 1 (day 5); China is the only country mentioned.
 */
const DAYS: Record<number, string[]> = {
  1: ['Alice Archer', 'Bob Baker'],
  2: ['Alice Archer', 'Carol Cole', 'China'],
  3: ['Alice Archer', 'Dave Dunn'],
  4: ['Bob Baker', 'Carol Cole'],
  5: ['Erin Eads'],
  6: ['Bob Baker'],
};

let graph: TestGraph;
/** Entity ids by name, read from the database: ties are broken by id. */
const ids = new Map<string, number>();

beforeAll(async () => {
  graph = await createDayGraph(
    Object.fromEntries(
      Object.entries(DAYS).map(([day, names]) => [
        day,
        names.map((name): DayMention => [name, name === 'China' ? 'COUNTRY' : 'PERSON']),
      ]),
    ),
  );
  const rows = (await graph.app.dataSource.query(
    `SELECT id, name FROM entity WHERE kind = 'PERSON' OR name = 'China'`,
  )) as { id: number; name: string }[];
  for (const row of rows) ids.set(row.name, Number(row.id));
});
afterAll(() => graph.close());

/** Names tied on a key, in id order. */
const byId = (...names: string[]) => [...names].sort((a, b) => ids.get(a)! - ids.get(b)!);

const EXPECTED: Record<string, string[]> = {
  NAME: ['Alice Archer', 'Bob Baker', 'Carol Cole', 'Dave Dunn', 'Erin Eads'],
  STORIES: [...byId('Alice Archer', 'Bob Baker'), 'Carol Cole', ...byId('Dave Dunn', 'Erin Eads')],
  RECENT: ['Bob Baker', 'Erin Eads', 'Carol Cole', ...byId('Alice Archer', 'Dave Dunn')],
};

interface EntityPage {
  totalCount: number;
  edges: { cursor: string; node: { name: string } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

async function entities(args: string, kind = 'PERSON'): Promise<EntityPage> {
  const result = await executeText(
    graph.server,
    `{ entities(filter: { kind: ${kind} }, ${args}) { totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
  );
  expect(result.errors).toBeUndefined();
  return (result.data as unknown as { entities: EntityPage }).entities;
}

async function refusal(query: string) {
  const result = await executeText(graph.server, query);
  expect(result.errors).toHaveLength(1);
  return {
    code: result.errors![0].extensions?.code,
    argumentName: result.errors![0].extensions?.argumentName,
  };
}

const names = (page: EntityPage) => page.edges.map((edge) => edge.node.name);

async function walkForward(order: string, size: number): Promise<string[]> {
  const seen: string[] = [];
  let after = '';
  for (;;) {
    const page = await entities(`orderBy: ${order}, first: ${size}${after}`);
    seen.push(...names(page));
    if (!page.pageInfo.hasNextPage) return seen;
    after = `, after: "${page.pageInfo.endCursor}"`;
  }
}

async function walkBackward(order: string, size: number): Promise<string[]> {
  const pages: string[][] = [];
  let before = '';
  for (;;) {
    const page = await entities(`orderBy: ${order}, last: ${size}${before}`);
    pages.unshift(names(page));
    if (!page.pageInfo.hasPreviousPage) return pages.flat();
    before = `, before: "${page.pageInfo.startCursor}"`;
  }
}

describe('entities › orderBy', () => {
  it.each(['NAME', 'STORIES', 'RECENT'])(
    '%s › the hand-known order, in one page and in pages of 1 to 3',
    async (order) => {
      expect(names(await entities(`orderBy: ${order}, first: 10`))).toEqual(EXPECTED[order]);
      for (const size of [1, 2, 3]) {
        expect(await walkForward(order, size)).toEqual(EXPECTED[order]);
        expect(await walkBackward(order, size)).toEqual(EXPECTED[order]);
      }
    },
  );

  it('NAME is the default', async () => {
    expect(names(await entities('first: 10'))).toEqual(EXPECTED.NAME);
  });

  it('an entity no article mentions comes last in STORIES and RECENT', async () => {
    for (const order of ['STORIES', 'RECENT']) {
      const first = await entities(`orderBy: ${order}, first: 2`, 'COUNTRY');
      expect(first.edges[0].node.name).toBe('China');
      expect(first.totalCount).toBe(250);
      const last = await entities(`orderBy: ${order}, last: 1`, 'COUNTRY');
      expect(last.edges[0].node.name).not.toBe('China');
    }
  });
});

describe('entities › cursors belong to their order', () => {
  it('a cursor from one order given with another › BAD_USER_INPUT naming after (or before)', async () => {
    const cursors = Object.fromEntries(
      await Promise.all(
        ['NAME', 'STORIES', 'RECENT'].map(
          async (order) =>
            [order, (await entities(`orderBy: ${order}, first: 1`)).pageInfo.endCursor!] as const,
        ),
      ),
    );
    for (const [from, cursor] of Object.entries(cursors)) {
      for (const to of ['NAME', 'STORIES', 'RECENT'].filter((order) => order !== from)) {
        const query = (paging: string) => `{ entities(orderBy: ${to}, ${paging}) { totalCount } }`;
        expect(await refusal(query(`first: 1, after: "${cursor}"`))).toEqual({
          code: 'BAD_USER_INPUT',
          argumentName: 'after',
        });
        expect(await refusal(query(`last: 1, before: "${cursor}"`))).toEqual({
          code: 'BAD_USER_INPUT',
          argumentName: 'before',
        });
      }
    }
  });

  it('an entity cursor of STORIES or RECENT given to an article list › BAD_USER_INPUT naming after', async () => {
    for (const order of ['STORIES', 'RECENT']) {
      const cursor = (await entities(`orderBy: ${order}, first: 1`)).pageInfo.endCursor!;
      expect(await refusal(`{ articles(first: 1, after: "${cursor}") { totalCount } }`)).toEqual({
        code: 'BAD_USER_INPUT',
        argumentName: 'after',
      });
    }
  });
});
