import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoGraph } from './helpers/demo-graph';
import { executeText } from './helpers/execute';
import { runNamedSql } from './helpers/named-sql';
import type { TestGraph } from './helpers/test-app';

/**
 * `Entity.articles` for several entities in one request is one batched statement per page (the
 * loader's findPagesForEntities) and one count (the maintained posting-list sizes when there is
 * no filter). Each entity's list is recounted here in SQL written for the test, and walked to its
 * end two at a time, so a page one row short or a wrong total shows.
 */
interface EntityRow {
  id: number;
  slug: string;
}

interface PageAnswer {
  totalCount: number;
  edges: { node: { url: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const PAGE_SIZE = 2;

let graph: TestGraph;
let entities: EntityRow[];
const expectedUrls = new Map<string, string[]>();

beforeAll(async () => {
  graph = await createDemoGraph();
  const dataSource = graph.app.dataSource;
  // The four entities in the most articles, and one in a single article (a page with no next page).
  const ranked = await runNamedSql<EntityRow & { n: number }>(
    dataSource,
    `SELECT e.id AS id, e.slug AS slug, COUNT(DISTINCT m."articleId") AS n
       FROM entity e JOIN mention m ON m."entityId" = e.id
      GROUP BY e.id, e.slug ORDER BY n DESC, e.id`,
  );
  entities = [...ranked.slice(0, 4), ranked.find((r) => Number(r.n) === 1)!];
  for (const entity of entities) {
    const rows = await runNamedSql<{ url: string }>(
      dataSource,
      `SELECT a.url AS url FROM article a
        WHERE a.id IN (SELECT "articleId" FROM mention WHERE "entityId" = :id)
        ORDER BY COALESCE(a."publishedAt", a."ingestedAt") DESC, a.id DESC`,
      { id: entity.id },
    );
    expectedUrls.set(
      entity.slug,
      rows.map((r) => r.url),
    );
  }
});
afterAll(() => graph.close());

/** One request with an alias per entity still being walked, each with its own cursor. */
async function pages(cursors: Map<string, string | null>): Promise<Map<string, PageAnswer>> {
  const slugs = [...cursors.keys()];
  const fields = slugs.map(
    (slug, i) => `e${i}: entity(slug: "${slug}") {
      articles(first: ${PAGE_SIZE}, after: $after${i}) {
        totalCount edges { node { url } } pageInfo { hasNextPage endCursor }
      }
    }`,
  );
  const variables = Object.fromEntries(slugs.map((slug, i) => [`after${i}`, cursors.get(slug)]));
  const declarations = slugs.map((_, i) => `$after${i}: String`).join(', ');
  const result = await executeText(
    graph.server,
    `query(${declarations}) { ${fields.join('\n')} }`,
    variables,
  );
  expect(result.errors).toBeUndefined();
  const data = result.data as Record<string, { articles: PageAnswer }>;
  return new Map(slugs.map((slug, i) => [slug, data[`e${i}`].articles]));
}

describe('Entity.articles for several entities in one request', () => {
  it('the fixture gives lists longer than a page and one of a single article', () => {
    const lengths = [...expectedUrls.values()].map((urls) => urls.length);
    expect(lengths.slice(0, 4).every((n) => n > PAGE_SIZE)).toBe(true);
    expect(lengths[4]).toBe(1);
  });

  it('walks every list to its end, two at a time, in the order and with the totals recounted in SQL', async () => {
    const seen = new Map<string, string[]>(entities.map((e) => [e.slug, []]));
    let walking = new Map<string, string | null>(entities.map((e) => [e.slug, null]));
    let requests = 0;
    while (walking.size) {
      requests += 1;
      const answers = await pages(walking);
      const next = new Map<string, string | null>();
      for (const [slug, page] of answers) {
        const expected = expectedUrls.get(slug)!;
        expect(page.totalCount).toBe(expected.length);
        const before = seen.get(slug)!.length;
        expect(page.edges).toHaveLength(Math.min(PAGE_SIZE, expected.length - before));
        seen.get(slug)!.push(...page.edges.map((e) => e.node.url));
        expect(page.pageInfo.hasNextPage).toBe(seen.get(slug)!.length < expected.length);
        if (page.pageInfo.hasNextPage) next.set(slug, page.pageInfo.endCursor);
      }
      walking = next;
    }
    expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(expectedUrls));
    const longest = Math.max(...[...expectedUrls.values()].map((urls) => urls.length));
    expect(requests).toBe(Math.ceil(longest / PAGE_SIZE));
  });
});
