import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoGraph } from './helpers/demo-graph';
import { executeText } from './helpers/execute';
import type { TestGraph } from './helpers/test-app';

let graph: TestGraph;
beforeAll(async () => {
  graph = await createDemoGraph();
});
afterAll(() => graph.close());

/** Runs a query and returns the SQL statements it issued, with their parameters. */
async function statementsOf(query: string): Promise<{ sql: string; parameters: unknown[] }[]> {
  const seen: { sql: string; parameters: unknown[] }[] = [];
  const counter = graph.app.statements;
  const original = counter.logQuery;
  counter.logQuery = (sql, parameters, runner) => {
    seen.push({ sql, parameters: parameters ?? [] });
    original.call(counter, sql, parameters, runner);
  };
  try {
    const result = await executeText(graph.server, query);
    expect(result.errors).toBeUndefined();
  } finally {
    counter.logQuery = original;
  }
  return seen;
}

interface Statement {
  sql: string;
  parameters: unknown[];
}

/** SQLite's plan as lines, each sort step named with what it sorts ("… under SCALAR SUBQUERY 1"). */
async function sqlitePlanOf(statement: Statement): Promise<string> {
  const rows = (await graph.app.dataSource.query(
    `EXPLAIN QUERY PLAN ${statement.sql}`,
    statement.parameters,
  )) as { id: number; parent: number; detail: string }[];
  const byId = new Map(rows.map((row) => [row.id, row.detail]));
  return rows
    .map((row) =>
      row.detail.startsWith('USE TEMP B-TREE') ? `${row.detail} under ${byId.get(row.parent)}` : row.detail,
    )
    .join('\n');
}

function expectSqliteWalk(plan: string): void {
  expect(plan).toContain('SEARCH d USING COVERING INDEX idx_mention_entity_date (entityId=?)');
  expect(plan).toContain(
    'SEARCH x EXISTS USING COVERING INDEX sqlite_autoindex_mention_1 (articleId=? AND entityId=?)',
  );
  expect(plan).not.toMatch(/SCAN (a|article|d|mention)\b/);
  // Ordered by the index itself: the only sort is of the two-row posting_size lookup.
  for (const sort of plan.split('\n').filter((line) => line.startsWith('USE TEMP B-TREE'))) {
    expect(sort).toMatch(/under SCALAR SUBQUERY/);
  }
}

/**
 * PostgreSQL's plan as text. On a 34-article graph a scan and a sort always cost least, so they are
 * switched off for the plan: what is left shows what the statement lets the planner do at scale.
 */
async function postgresPlanOf(statement: Statement): Promise<string> {
  return graph.app.dataSource.transaction(async (manager) => {
    for (const setting of ['enable_seqscan', 'enable_bitmapscan', 'enable_sort']) {
      await manager.query(`SET LOCAL ${setting} = off`);
    }
    const rows = (await manager.query(`EXPLAIN ${statement.sql}`, statement.parameters)) as {
      'QUERY PLAN': string;
    }[];
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

function expectPostgresWalk(plan: string): void {
  expect(plan).toMatch(/Index Only Scan (Backward )?using idx_mention_entity_date on mention d\b/);
  // The posting_size guard is evaluated once, before any row of the branch is read.
  expect(plan).toContain('One-Time Filter');
  expect(plan).not.toMatch(/Seq Scan|on article\b/);
  // Ordered by the index itself: the only sort is of the two-row posting_size lookup.
  for (const key of plan.split('\n').filter((line) => line.includes('Sort Key:'))) {
    expect(key).toMatch(/Sort Key: posting_size/);
  }
}

describe('articles › mentionsAll › walks posting lists', () => {
  it('pages and counts read the (entityId, sortDate, articleId) index in order and probe by key, never scanning articles', async () => {
    const statements = await statementsOf(
      `{ articles(filter: { mentionsAll: ["China", "North Korea"] }, first: 5) { totalCount nodes { id } } }`,
    );
    const walks = statements.filter((s) => s.sql.includes('FROM mention d'));
    expect(walks).toHaveLength(2);
    for (const walk of walks) {
      if (graph.app.dataSource.options.type === 'postgres') expectPostgresWalk(await postgresPlanOf(walk));
      else expectSqliteWalk(await sqlitePlanOf(walk));
    }
  });

  it('keeps posting_size equal to the mentions per entity after ingestion', async () => {
    const mismatches = await graph.app.dataSource.query(
      `SELECT m."entityId" FROM (SELECT "entityId", COUNT(*) AS n FROM mention GROUP BY "entityId") m
       LEFT JOIN posting_size p ON p."entityId" = m."entityId" WHERE p.articles IS DISTINCT FROM m.n`,
    );
    expect(mismatches).toEqual([]);
    const [{ total }] = (await graph.app.dataSource.query(
      `SELECT COUNT(*) AS total FROM posting_size WHERE articles > 0`,
    )) as { total: number | string }[];
    expect(Number(total)).toBeGreaterThan(20);
  });
});
