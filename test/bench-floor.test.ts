import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusStats, EntityCount } from '../bench/corpus-stats';
import { openFloorDatabase, type FloorDatabase } from '../bench/floor-database';
import { seededRandom } from '../bench/random';
import { scenarios, type Scenario } from '../bench/scenarios';
import { createDemoGraph } from './helpers/demo-graph';
import { executeText } from './helpers/execute';
import { testBackend } from './helpers/test-database';
import type { TestGraph } from './helpers/test-app';

let dir: string;
let graph: TestGraph;
let floor: FloorDatabase;
let stats: CorpusStats;

/** The most mentioned entities of a kind, as the corpus sidecar lists them. */
async function top(kind: string, limit: number): Promise<EntityCount[]> {
  const rows = (await graph.app.dataSource.query(
    `SELECT e."id" AS "entityId", e."name", e."countryCode" AS "code", p."articles" FROM "posting_size" p
     JOIN "entity" e ON e."id" = p."entityId" WHERE e."kind" = '${kind}' AND p."articles" > 0
     ORDER BY p."articles" DESC, e."id" LIMIT ${limit}`,
  )) as EntityCount[];
  return rows.map((row) => ({ ...row, articles: Number(row.articles) }));
}

/** One (country, country, person) triple that some article names, keyed as the sidecar keys them. */
async function someTriple(countries: EntityCount[], people: EntityCount[]): Promise<string> {
  const rows = (await graph.app.dataSource.query(
    `SELECT "articleId", "entityId" FROM "mention" ORDER BY "articleId", "entityId"`,
  )) as { articleId: number; entityId: number }[];
  const byArticle = new Map<number, number[]>();
  for (const row of rows)
    byArticle.set(row.articleId, [...(byArticle.get(row.articleId) ?? []), row.entityId]);
  for (const ids of byArticle.values()) {
    const named = countries.filter((c) => ids.includes(c.entityId));
    const person = people.find((p) => ids.includes(p.entityId));
    if (named.length >= 2 && person) return `${named[0].code}+${named[1].code}+${person.entityId}`;
  }
  throw new Error('no article of the demo corpus names two top countries and a top person');
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-floor-'));
  // The floor opens the database on its own connection: on SQLite a file, not the test's :memory:.
  graph = await createDemoGraph(
    testBackend() === 'sqlite' ? { DATABASE_URL: `sqlite:${path.join(dir, 'demo.sqlite')}` } : {},
  );
  const topCountries = await top('COUNTRY', 8);
  const topPeople = await top('PERSON', 5);
  stats = {
    articles: 0,
    mentions: 0,
    seed: 0,
    from: '',
    to: '',
    topCountries,
    countryPairs: {},
    topPeople,
    triples: { [await someTriple(topCountries, topPeople)]: 1 },
  };
  floor = await openFloorDatabase(
    testBackend() === 'sqlite' ? `sqlite:${path.join(dir, 'demo.sqlite')}` : graph.database.url,
  );
});
afterAll(async () => {
  await floor.close();
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const scenario = (name: string): Scenario => scenarios(stats).find((s) => s.name === name)!;

/** The GraphQL request and the raw floor of a scenario with the same random draws. */
async function both(name: string, seed: number) {
  const request = scenario(name).graphql!(seededRandom(seed));
  const result = await executeText(graph.server, request.query, request.variables);
  expect(result.errors).toBeUndefined();
  return {
    data: result.data as { articles: { totalCount: number; nodes: { title: string }[] } },
    raw: await scenario(name).raw(floor, seededRandom(seed)),
  };
}

describe('benchmark › raw-SQL floor on this backend', () => {
  it('answers the headline question as the service does: the same count and the same page', async () => {
    let found = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const { data, raw } = await both('headline', seed);
      const floorAnswer = raw as { total: number; articles: { title: string }[] };
      expect(Number(floorAnswer.total)).toBe(data.articles.totalCount);
      expect(floorAnswer.articles.map((a) => a.title).sort()).toEqual(
        data.articles.nodes.map((n) => n.title).sort(),
      );
      found += floorAnswer.articles.length;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('counts the articles with a word as the service does', async () => {
    let found = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { data, raw } = await both('text search', seed);
      const [, [{ total }]] = raw as [unknown[], { total: number }[]];
      expect(Number(total)).toBe(data.articles.totalCount);
      found += Number(total);
    }
    expect(found).toBeGreaterThan(0);
  });

  it('runs every other scenario and finds the rows a recount over the mention table gives', async () => {
    // The whole mention table, read once; each expectation below is counted from it in plain code.
    const mentions = (
      (await graph.app.dataSource.query(
        `SELECT m."articleId", m."entityId", m."kind", a."sortDate" FROM "mention" m
         JOIN "article" a ON a."id" = m."articleId"`,
      )) as { articleId: number | string; entityId: number | string; kind: string; sortDate: string }[]
    ).map((m) => ({ ...m, articleId: Number(m.articleId), entityId: Number(m.entityId) }));
    const articlesOf = (entityId: number) =>
      new Set(mentions.filter((m) => m.entityId === entityId).map((m) => m.articleId));
    const entitiesOf = (articleId: number) => mentions.filter((m) => m.articleId === articleId);
    const sortDateOf = new Map(mentions.map((m) => [m.articleId, m.sortDate]));
    const counts = (rows: unknown[], key: string) =>
      rows.map((row) => Number((row as Record<string, unknown>)[key]));
    // The scenarios draw their entities the same way for GraphQL and for the floor: the GraphQL
    // request of the same seed says which entities the floor was asked about.
    const variables = (name: string) =>
      scenario(name).graphql!(seededRandom(1)).variables as Record<string, never>;
    const countryId = (code: string) => stats.topCountries.find((c) => c.code === code)!.entityId;

    // three-entity AND: the articles naming all three.
    const [a, b, personId] = (variables('three-entity AND').filter as { mentionsAll: string[] }).mentionsAll;
    const person = Number(Buffer.from(personId, 'base64url').toString().split(':')[1]);
    const all = [...articlesOf(countryId(a))].filter(
      (id) => articlesOf(countryId(b)).has(id) && articlesOf(person).has(id),
    );
    expect(all.length).toBeGreaterThan(0);
    const and = (await scenario('three-entity AND').raw(floor, seededRandom(1))) as {
      total: number;
      articles: { id: number }[];
    };
    expect(Number(and.total)).toBe(all.length);
    expect(all.length).toBeLessThanOrEqual(20); // one page holds them all
    expect(and.articles.map((article) => Number(article.id)).sort((x, y) => x - y)).toEqual(
      all.sort((x, y) => x - y),
    );

    // co-mention: the ten largest shared-article counts of the drawn country.
    const code = variables('co-mention').code as string;
    const shared = new Map<number, number>();
    for (const articleId of articlesOf(countryId(code)))
      for (const m of entitiesOf(articleId))
        if (m.entityId !== countryId(code)) shared.set(m.entityId, (shared.get(m.entityId) ?? 0) + 1);
    const topShared = [...shared.values()].sort((x, y) => y - x).slice(0, 10);
    expect(topShared).toHaveLength(10);
    expect(
      counts((await scenario('co-mention').raw(floor, seededRandom(1))) as unknown[], 'articles'),
    ).toEqual(topShared);

    // timeline: the drawn country's articles per month.
    const timelineCode = variables('timeline').code as string;
    const months = new Map<string, number>();
    for (const articleId of articlesOf(countryId(timelineCode))) {
      const month = sortDateOf.get(articleId)!.slice(0, 7);
      months.set(month, (months.get(month) ?? 0) + 1);
    }
    const timeline = (await scenario('timeline').raw(floor, seededRandom(1))) as {
      month: string;
      articles: unknown;
    }[];
    expect(timeline.map((row) => [row.month, Number(row.articles)])).toEqual(
      [...months].sort(([x], [y]) => (x < y ? -1 : 1)),
    );

    // deep nested walk: article 1 (stats.articles is 0 here), its entities' three newest articles,
    // and the country mentions of those.
    expect(variables('deep nested walk').id).toBe(Buffer.from('Article:1').toString('base64url'));
    const newest = new Set<number>();
    for (const { entityId } of entitiesOf(1))
      [...articlesOf(entityId)]
        .sort((x, y) =>
          sortDateOf.get(y)! < sortDateOf.get(x)! ? -1 : sortDateOf.get(y)! > sortDateOf.get(x)! ? 1 : y - x,
        )
        .slice(0, 3)
        .forEach((id) => newest.add(id));
    const [walkArticles, walkCountries] = (await scenario('deep nested walk').raw(
      floor,
      seededRandom(1),
    )) as [{ id: number }[], unknown[]];
    expect(entitiesOf(1).length).toBeGreaterThan(0);
    expect(walkArticles.map((row) => Number(row.id)).sort((x, y) => x - y)).toEqual(
      [...newest].sort((x, y) => x - y),
    );
    expect(walkCountries).toHaveLength(
      mentions.filter((m) => newest.has(m.articleId) && m.kind === 'COUNTRY').length,
    );
  });
});
