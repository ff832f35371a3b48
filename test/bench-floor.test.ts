import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusStats, EntityCount } from '../src/bench/corpus-stats';
import { openFloorDatabase, type FloorDatabase } from '../src/bench/floor-database';
import { seededRandom } from '../src/bench/random';
import { scenarios, type Scenario } from '../src/bench/scenarios';
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

  it('runs every other scenario and finds rows', async () => {
    for (const name of ['three-entity AND', 'co-mention', 'timeline', 'deep nested walk']) {
      const answer = await scenario(name).raw(floor, seededRandom(1));
      expect(JSON.stringify(answer).length, name).toBeGreaterThan(10);
    }
  });
});
