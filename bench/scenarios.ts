import { toGlobalId } from '../src/core/global-id';
import type { CorpusStats } from './corpus-stats';
import type { FloorDatabase } from './floor-database';
import { TOPIC } from './synthetic-text';
import { DEEP_WALK_QUERY, HEADLINE_QUERY } from './operations';

/** One benchmark scenario: the GraphQL request (when the schema has it) and its raw-SQL floor. */
export interface Scenario {
  name: string;
  /** A fresh request body per call, drawn at random so the benchmark does not measure a cache. */
  graphql?: (random: () => number) => { query: string; variables: Record<string, unknown> };
  /** The same answer straight from the database with hand-written SQL (one text for both backends). */
  raw: (db: FloorDatabase, random: () => number) => Promise<unknown>;
  /** Checks one GraphQL answer against the corpus sidecar; returns a problem or null. */
  check?: (variables: Record<string, unknown>, data: unknown) => string | null;
}

const FILTERED = `query Filtered($filter: ArticleFilter!) {
  articles(filter: $filter, first: 20) { totalCount nodes { title publishedAt source } }
}`;
const CO_MENTIONS = `query CoMentions($code: String!) {
  country(code: $code) { coMentions(first: 10) { entity { name } sharedArticles lift } }
}`;
const TIMELINE = `query Timeline($code: String!) {
  country(code: $code) {
    timeline(interval: MONTH, from: "2019-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { start count }
  }
}`;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];

/**
 * The hand-written equivalent of the headline query: page, count, rows, mentions with names. The
 * count of exactly two countries reads the maintained pair count, as the service does; other ANDs
 * count the intersection.
 */
async function rawArticlesWithGraph(db: FloorDatabase, driver: number, others: number[]): Promise<unknown> {
  const probes = others.map(
    () => 'EXISTS (SELECT 1 FROM "mention" x WHERE x."articleId" = d."articleId" AND x."entityId" = ?)',
  );
  const where = ['d."entityId" = ?', ...probes].join(' AND ');
  const pair = others.length === 1 ? [driver, others[0]].sort((a, b) => a - b) : null;
  const [page, count] = await Promise.all([
    db.all<{ id: number }>(
      `SELECT d."articleId" AS id FROM "mention" d WHERE ${where} ORDER BY d."sortDate" DESC, d."articleId" DESC LIMIT 21`,
      [driver, ...others],
    ),
    pair
      ? db.all<{ total: number }>(
          `SELECT COALESCE((SELECT "articles" FROM "country_pair_size" WHERE "lowEntityId" = ? AND "highEntityId" = ?), 0) AS total`,
          pair,
        )
      : db.all<{ total: number }>(`SELECT COUNT(*) AS total FROM "mention" d WHERE ${where}`, [
          driver,
          ...others,
        ]),
  ]);
  const ids = page.slice(0, 20).map((row) => row.id);
  const marks = ids.map(() => '?').join(', ') || 'NULL';
  const [articles, mentions] = await Promise.all([
    db.all(`SELECT "id", "title", "publishedAt", "source" FROM "article" WHERE "id" IN (${marks})`, ids),
    db.all<{ evidence: string }>(
      `SELECT m."articleId", m."kind", m."evidence", e."name", c."code", c."name" AS "countryName"
       FROM "mention" m JOIN "entity" e ON e."id" = m."entityId"
       LEFT JOIN "country" c ON c."code" = e."countryCode" AND m."kind" = 'COUNTRY'
       WHERE m."articleId" IN (${marks}) AND m."kind" IN ('COUNTRY', 'PERSON') ORDER BY m."salience" DESC`,
      ids,
    ),
  ]);
  for (const m of mentions) m.evidence = JSON.parse(m.evidence);
  return { total: count[0].total, articles, mentions };
}

/** Orders entity ids shortest posting list first, as the raw-SQL author knows from the sidecar. */
function byRarity(stats: CorpusStats, ids: number[]): number[] {
  const size = new Map([...stats.topCountries, ...stats.topPeople].map((e) => [e.entityId, e.articles]));
  return [...ids].sort((a, b) => (size.get(a) ?? 0) - (size.get(b) ?? 0));
}

export function scenarios(stats: CorpusStats): Scenario[] {
  const countries = stats.topCountries;
  const pair = (random: () => number) => {
    const a = pick(countries, random);
    let b = pick(countries, random);
    while (b === a) b = pick(countries, random);
    return [a, b];
  };
  const expectedPair = (codes: string[]) => stats.countryPairs[[...codes].sort().join('+')] ?? 0;
  const tripleKeys = Object.keys(stats.triples);
  const totalOf = (data: unknown) => (data as { articles: { totalCount: number } }).articles.totalCount;
  const topicWords = TOPIC.slice(0, 200);

  return [
    {
      name: 'headline',
      graphql: (random) => ({ query: HEADLINE_QUERY, variables: { all: pair(random).map((c) => c.code) } }),
      raw: (db, random) => {
        const [driver, other] = byRarity(
          stats,
          pair(random).map((c) => c.entityId),
        );
        return rawArticlesWithGraph(db, driver, [other]);
      },
      check: (variables, data) => {
        const expected = expectedPair(variables.all as string[]);
        return totalOf(data) === expected ? null : `totalCount ${totalOf(data)}, sidecar says ${expected}`;
      },
    },
    {
      name: 'three-entity AND',
      graphql: (random) => {
        const [a, b, person] = pick(tripleKeys, random).split('+');
        return {
          query: FILTERED,
          variables: { filter: { mentionsAll: [a, b, toGlobalId('Entity', person)] } },
        };
      },
      raw: (db, random) => {
        const [a, b, person] = pick(tripleKeys, random).split('+');
        const ids = [a, b].map((code) => countries.find((c) => c.code === code)!.entityId);
        const [driver, ...others] = byRarity(stats, [...ids, Number(person)]);
        return rawArticlesWithGraph(db, driver, others);
      },
      check: (variables, data) => {
        const [a, b, id] = (variables.filter as { mentionsAll: string[] }).mentionsAll;
        const person = Buffer.from(id, 'base64url').toString().split(':')[1];
        const expected = stats.triples[`${a}+${b}+${person}`];
        return totalOf(data) === expected ? null : `totalCount ${totalOf(data)}, sidecar says ${expected}`;
      },
    },
    {
      name: 'text search',
      graphql: (random) => ({ query: FILTERED, variables: { filter: { text: pick(topicWords, random) } } }),
      raw: async (db, random) => {
        const word = db.wordParameter(pick(topicWords, random));
        return Promise.all([
          db.all(
            `SELECT a."id", a."title", a."publishedAt", a."source" FROM "article" a
             WHERE a."id" IN (${db.articlesWithWord})
             ORDER BY a."sortDate" DESC, a."id" DESC LIMIT 21`,
            [word],
          ),
          db.all(`SELECT COUNT(*) AS total FROM (${db.articlesWithWord}) AS "matched"`, [word]),
        ]);
      },
    },
    {
      name: 'co-mention',
      graphql: (random) => ({ query: CO_MENTIONS, variables: { code: pick(countries, random).code } }),
      raw: (db, random) =>
        db.all(
          `SELECT m2."entityId", COUNT(*) AS articles FROM "mention" m1
           JOIN "mention" m2 ON m2."articleId" = m1."articleId" AND m2."entityId" <> m1."entityId"
           WHERE m1."entityId" = ? GROUP BY m2."entityId" ORDER BY articles DESC LIMIT 10`,
          [pick(countries, random).entityId],
        ),
    },
    {
      name: 'timeline',
      graphql: (random) => ({ query: TIMELINE, variables: { code: pick(countries, random).code } }),
      raw: (db, random) =>
        db.all(
          `SELECT substr("sortDate", 1, 7) AS month, COUNT(*) AS articles FROM "mention"
           WHERE "entityId" = ? GROUP BY month ORDER BY month`,
          [pick(countries, random).entityId],
        ),
    },
    {
      name: 'deep nested walk',
      graphql: (random) => ({
        query: DEEP_WALK_QUERY,
        variables: { id: toGlobalId('Article', 1 + Math.floor(random() * stats.articles)) },
      }),
      raw: async (db, random) => {
        const id = 1 + Math.floor(random() * stats.articles);
        const entities = await db.all<{ entityId: number }>(
          `SELECT m."entityId", e."name" FROM "mention" m JOIN "entity" e ON e."id" = m."entityId" WHERE m."articleId" = ?`,
          [id],
        );
        const ids = entities.map((e) => e.entityId);
        const marks = ids.map(() => '?').join(', ');
        const pages = await db.all<{ id: number }>(
          `SELECT "ownerId", "id" FROM (SELECT "entityId" AS "ownerId", "articleId" AS "id",
             ROW_NUMBER() OVER (PARTITION BY "entityId" ORDER BY "sortDate" DESC, "articleId" DESC) AS "position"
             FROM "mention" WHERE "entityId" IN (${marks})) AS "ranked" WHERE "position" <= 3`,
          ids,
        );
        const articleIds = [...new Set(pages.map((p) => p.id))];
        const articleMarks = articleIds.map(() => '?').join(', ');
        return Promise.all([
          db.all(`SELECT "id", "title" FROM "article" WHERE "id" IN (${articleMarks})`, articleIds),
          db.all(
            `SELECT m."articleId", e."countryCode" FROM "mention" m JOIN "entity" e ON e."id" = m."entityId"
             WHERE m."articleId" IN (${articleMarks}) AND m."kind" = 'COUNTRY'`,
            articleIds,
          ),
        ]);
      },
    },
  ];
}
