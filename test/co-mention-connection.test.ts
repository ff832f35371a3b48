import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../src/services/pagination';
import { executeText } from './helpers/execute';
import { createDayGraph, type DayMention } from './helpers/day-graph';
import type { TestGraph } from './helpers/test-app';

type Named = DayMention;
type Kind = DayMention[1];
const ALICE: Named = ['Alice Archer', 'PERSON'];
const BOB: Named = ['Bob Baker', 'PERSON'];
/** An organization with Bob's name in exactly Bob's articles: tied with him on every key but the id. */
const BOB_INC: Named = ['Bob Baker', 'ORGANIZATION'];
const CAROL: Named = ['Carol Cole', 'PERSON'];
const DAVE: Named = ['Dave Dunn', 'PERSON'];
const ERIN: Named = ['Erin Eads', 'PERSON'];
const FRANK: Named = ['Frank Fox', 'PERSON'];
const GINA: Named = ['Gina Gray', 'PERSON'];
const CHINA: Named = ['China', 'COUNTRY'];

/**
 * Who each day's article mentions (9 articles). Counted by hand for Alice (in days 1, 2, 3, 4, 7,
 * so 5 articles), lift = shared × 9 / (5 × entityArticles):
 *   China     shared 2 (days 2, 3)  entityArticles 2  lift 1.8
 *   Bob ×2    shared 2 (days 1, 2)  entityArticles 3  lift 1.2   (the person and the organization)
 *   Carol     shared 2 (days 1, 3)  entityArticles 3  lift 1.2
 *   Dave      shared 2 (days 2, 4)  entityArticles 3  lift 1.2
 *   Erin      shared 2 (days 3, 4)  entityArticles 4  lift 0.9
 *   Gina      shared 1 (day 7)      entityArticles 1  lift 1.8
 *   Frank     never with Alice
 */
const DAYS: Record<number, Named[]> = {
  1: [ALICE, BOB, BOB_INC, CAROL],
  2: [ALICE, BOB, BOB_INC, DAVE, CHINA],
  3: [ALICE, CAROL, ERIN, CHINA],
  4: [ALICE, DAVE, ERIN],
  5: [BOB, BOB_INC, CAROL],
  6: [FRANK],
  7: [ALICE, GINA],
  8: [ERIN, DAVE],
  9: [ERIN],
};

/** One hand-counted row of Alice's list: [name, kind, sharedArticles, entityArticles]. */
type Expected = [name: string, kind: Kind, shared: number, entityArticles: number];

const TOTAL_ARTICLES = 9;
const ALICE_ARTICLES = 5;

let graph: TestGraph;
/** Entity ids by "name/kind", read from the database: the last tie-break. */
const ids = new Map<string, number>();

beforeAll(async () => {
  graph = await createDayGraph(DAYS);
  const rows = (await graph.app.dataSource.query(`SELECT id, name, kind FROM entity`)) as {
    id: number;
    name: string;
    kind: string;
  }[];
  for (const row of rows) ids.set(`${row.name}/${row.kind}`, Number(row.id));
});
afterAll(() => graph.close());

/** The two Bob Bakers, tied on every key: in id order. */
const bobs = (): Expected[] =>
  [BOB, BOB_INC]
    .sort((a, b) => ids.get(a.join('/'))! - ids.get(b.join('/'))!)
    .map(([name, kind]) => [name, kind, 2, 3]);

/** Alice's whole list under each order, ranked by hand from the counts above. */
function expectedList(order: 'SHARED_ARTICLES' | 'LIFT'): Expected[] {
  const china: Expected = ['China', 'COUNTRY', 2, 2];
  const gina: Expected = ['Gina Gray', 'PERSON', 1, 1];
  const middle: Expected[] = [...bobs(), ['Carol Cole', 'PERSON', 2, 3], ['Dave Dunn', 'PERSON', 2, 3]];
  const erin: Expected = ['Erin Eads', 'PERSON', 2, 4];
  return order === 'SHARED_ARTICLES' ? [china, ...middle, erin, gina] : [china, gina, ...middle, erin];
}

interface CoMentionNode {
  sharedArticles: number;
  entityArticles: number;
  totalArticles: number;
  lift: number;
  pmi: number;
  entity: { name: string; kind: Kind };
}

interface CoMentionPage {
  totalCount: number;
  edges: { cursor: string; node: CoMentionNode }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const NODE = 'sharedArticles entityArticles totalArticles lift pmi entity { name kind }';

async function data<T>(query: string): Promise<T> {
  const result = await executeText(graph.server, query);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

async function alicePage(args: string): Promise<CoMentionPage> {
  const answer = await data<{ entity: { coMentionConnection: CoMentionPage } }>(
    `{ entity(slug: "alice-archer") { coMentionConnection${args ? `(${args})` : ''} {
        totalCount edges { cursor node { ${NODE} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
  );
  return answer.entity.coMentionConnection;
}

async function aliceList(args: string): Promise<CoMentionNode[]> {
  const answer = await data<{ entity: { coMentions: CoMentionNode[] } }>(
    `{ entity(slug: "alice-archer") { coMentions(first: 100, ${args}) { ${NODE} } } }`,
  );
  return answer.entity.coMentions;
}

/** Every page of Alice's connection from the top, `size` at a time, checking each page's PageInfo. */
async function walk(args: string, size: number): Promise<{ nodes: CoMentionNode[]; pages: CoMentionPage[] }> {
  const pages: CoMentionPage[] = [];
  let after = '';
  for (;;) {
    const page = await alicePage(`${args} first: ${size}${after}`);
    pages.push(page);
    expect(page.pageInfo.hasPreviousPage).toBe(pages.length > 1);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) break;
    expect(page.edges).toHaveLength(size);
    expect(pages.length).toBeLessThan(20);
    after = ` after: "${page.pageInfo.endCursor}"`;
  }
  return { nodes: pages.flatMap((page) => page.edges.map((edge) => edge.node)), pages };
}

const rowsOf = (nodes: CoMentionNode[]) =>
  nodes.map((node): Expected => [
    node.entity.name,
    node.entity.kind,
    node.sharedArticles,
    node.entityArticles,
  ]);

async function refusal(query: string) {
  const result = await executeText(graph.server, query);
  expect(result.errors).toHaveLength(1);
  return {
    code: result.errors![0].extensions?.code,
    argumentName: result.errors![0].extensions?.argumentName,
  };
}

const ORDERS = ['SHARED_ARTICLES', 'LIFT'] as const;

describe('coMentionConnection › paging through the ranking', () => {
  for (const order of ORDERS) {
    for (const size of [1, 2, 3]) {
      it(`${order}, first: ${size} › the walk to the end is the hand-counted ranking and the list field's answer`, async () => {
        const { nodes, pages } = await walk(`orderBy: ${order},`, size);
        expect(rowsOf(nodes)).toEqual(expectedList(order));
        expect(pages).toHaveLength(Math.ceil(expectedList(order).length / size));
        for (const node of nodes) {
          expect(node.totalArticles).toBe(TOTAL_ARTICLES);
          expect(node.lift).toBeCloseTo(
            (node.sharedArticles * TOTAL_ARTICLES) / (ALICE_ARTICLES * node.entityArticles),
            12,
          );
          expect(node.pmi).toBeCloseTo(Math.log2(node.lift), 12);
        }
        expect(nodes).toEqual(await aliceList(`orderBy: ${order}`));
      });
    }
  }

  it('the default page is 20 from the top in SHARED_ARTICLES order, the same as the list', async () => {
    const page = await alicePage('');
    expect(rowsOf(page.edges.map((edge) => edge.node))).toEqual(expectedList('SHARED_ARTICLES'));
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('kind, minSharedArticles and filter › the walk equals the list field with the same arguments', async () => {
    const persons = await walk('kind: PERSON, orderBy: LIFT,', 2);
    expect(rowsOf(persons.nodes)).toEqual(expectedList('LIFT').filter(([, kind]) => kind === 'PERSON'));
    expect(persons.nodes).toEqual(await aliceList('kind: PERSON, orderBy: LIFT'));

    const twice = await walk('minSharedArticles: 2,', 2);
    expect(rowsOf(twice.nodes)).toEqual(
      expectedList('SHARED_ARTICLES').filter(([, , shared]) => shared >= 2),
    );

    // Days 1 to 4 only: Alice is in all 4, each of the others in 2 of them with her, so every lift is 1
    // and the ranking is by name, then id.
    const filter = 'filter: { publishedBefore: "2025-06-05" },';
    const early = await walk(filter, 2);
    expect(rowsOf(early.nodes)).toEqual([
      ...bobs().map(([name, kind]): Expected => [name, kind, 2, 2]),
      ['Carol Cole', 'PERSON', 2, 2],
      ['China', 'COUNTRY', 2, 2],
      ['Dave Dunn', 'PERSON', 2, 2],
      ['Erin Eads', 'PERSON', 2, 2],
    ]);
    expect(early.nodes.every((node) => node.lift === 1 && node.totalArticles === 4)).toBe(true);
    expect(early.nodes).toEqual(await aliceList(filter));
  });
});

describe('coMentionConnection › totalCount', () => {
  it('counts the whole list under kind, minSharedArticles and filter, on every page', async () => {
    const cases: [args: string, count: number][] = [
      ['', 7],
      ['kind: PERSON,', 5],
      ['kind: ORGANIZATION,', 1],
      ['minSharedArticles: 2,', 6],
      ['minSharedArticles: 3,', 0],
      ['filter: { publishedBefore: "2025-06-05" },', 6],
    ];
    for (const [args, count] of cases) {
      const { pages } = await walk(args, 3);
      expect(
        pages.map((page) => page.totalCount),
        args,
      ).toEqual(pages.map(() => count));
    }
  });

  it('an empty list › no edges, null cursors, totalCount 0', async () => {
    const page = await alicePage('minSharedArticles: 3');
    expect(page).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });
});

describe('coMentionConnection › Country', () => {
  it("China's walk equals its list field, counted by hand", async () => {
    // China is in days 2 and 3 (of 9): Alice in both, Bob, Bob Baker's organization and Dave in 2,
    // Carol and Erin in 3.
    const pages: CoMentionNode[] = [];
    let after = '';
    for (;;) {
      const answer = await data<{ country: { coMentionConnection: CoMentionPage } }>(
        `{ country(code: "CN") { coMentionConnection(first: 2${after}) {
            totalCount edges { cursor node { ${NODE} } } pageInfo { hasNextPage endCursor } } } }`,
      );
      const page = answer.country.coMentionConnection;
      expect(page.totalCount).toBe(6);
      pages.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = `, after: "${page.pageInfo.endCursor}"`;
    }
    const list = await data<{ country: { coMentions: CoMentionNode[] } }>(
      `{ country(code: "CN") { coMentions(first: 100) { ${NODE} } } }`,
    );
    expect(pages).toEqual(list.country.coMentions);
    expect(pages.map((node) => [node.entity.name, node.sharedArticles])).toEqual([
      ['Alice Archer', 2],
      ['Bob Baker', 1],
      ['Bob Baker', 1],
      ['Carol Cole', 1],
      ['Dave Dunn', 1],
      ['Erin Eads', 1],
    ]);
  });
});

describe('coMentionConnection › cursors', () => {
  const query = (args: string) =>
    `{ entity(slug: "alice-archer") { coMentionConnection(${args}) { totalCount } } }`;

  it('a cursor from the other order › BAD_USER_INPUT naming after', async () => {
    for (const [from, to] of [ORDERS, [...ORDERS].reverse()]) {
      const cursor = (await alicePage(`orderBy: ${from}, first: 2`)).pageInfo.endCursor!;
      expect(await refusal(query(`orderBy: ${to}, first: 2, after: "${cursor}"`))).toEqual({
        code: 'BAD_USER_INPUT',
        argumentName: 'after',
      });
    }
  });

  it("garbage, another list's cursor and a cursor with a zero count › BAD_USER_INPUT naming after", async () => {
    const entityCursor = encodeCursor({ key: 'Alice Archer', id: 1 });
    const zeroCounts = encodeCursor({
      key: JSON.stringify([2, 0, 3, 9, 'Bob Baker']),
      id: 1,
      order: 'SHARED_ARTICLES',
    });
    const notAKey = encodeCursor({ key: 'Bob Baker', id: 1, order: 'SHARED_ARTICLES' });
    for (const after of ['nonsense', entityCursor, zeroCounts, notAKey]) {
      expect(await refusal(query(`first: 2, after: "${after}"`)), after).toEqual({
        code: 'BAD_USER_INPUT',
        argumentName: 'after',
      });
    }
  });

  it('first outside 1..100 › BAD_USER_INPUT naming first', async () => {
    for (const first of [0, 101]) {
      expect(await refusal(query(`first: ${first}`))).toEqual({
        code: 'BAD_USER_INPUT',
        argumentName: 'first',
      });
    }
  });
});

describe('Entity.coMentions › deprecated, answering as before', () => {
  it('is marked deprecated in favour of coMentionConnection and still ranks by hand counts', async () => {
    const introspection = await data<{
      __type: { fields: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] };
    }>(
      `{ __type(name: "Entity") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`,
    );
    expect(introspection.__type.fields.find((field) => field.name === 'coMentions')).toEqual({
      name: 'coMentions',
      isDeprecated: true,
      deprecationReason: 'Use coMentionConnection',
    });
    for (const order of ORDERS)
      expect(rowsOf(await aliceList(`orderBy: ${order}`))).toEqual(expectedList(order));
    expect(rowsOf(await aliceList('').then((list) => list.slice(0, 3)))).toEqual(
      expectedList('SHARED_ARTICLES').slice(0, 3),
    );
  });
});

describe('coMentionConnection › SQL statements', () => {
  async function statementsFor(query: string): Promise<number> {
    const before = graph.app.statements.count;
    await data(query);
    return graph.app.statements.count - before;
  }

  it('totalCount is one statement more, only when selected', async () => {
    const page = (fields: string) =>
      `{ entity(slug: "alice-archer") { coMentionConnection(first: 2) { ${fields} } } }`;
    const without = await statementsFor(page('edges { cursor node { sharedArticles } }'));
    expect(await statementsFor(page('totalCount edges { cursor node { sharedArticles } }'))).toBe(
      without + 1,
    );
  });

  it('every parent of a list shares one page statement and one count statement', async () => {
    const people = (first: number) =>
      `{ entities(filter: { kind: PERSON }, first: ${first}) { nodes {
          coMentionConnection(first: 2) { totalCount edges { cursor node { sharedArticles } } } } } }`;
    expect(await statementsFor(people(6))).toBe(await statementsFor(people(1)));
  });
});
