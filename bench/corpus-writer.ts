import fs from 'node:fs';
import { openDatabase } from '../src/db/data-source';
import { BACKFILL_POSTING_SIZES } from '../src/db/migrations/sqlite/1764489600002-posting-list-sizes';
import { BACKFILL_COUNTRY_PAIR_SIZES } from '../src/db/migrations/sqlite/1764489600004-country-pair-sizes';
import { slugify } from '../src/db/slug';
import { CorpusStatsCollector, type CorpusStats } from './corpus-stats';
import { SqliteHandle } from './sqlite-handle';
import { SyntheticCorpus, type CorpusArticle, type CorpusOptions } from './synthetic-corpus';

const ARTICLES_PER_STATEMENT = 500;
const ARTICLES_PER_TRANSACTION = 50_000;

export interface GenerateReport {
  stats: CorpusStats;
  seconds: Record<string, number>;
}

/** Rows travel as one JSON array per statement: one bind and one call for hundreds of rows. */
const INSERT_ARTICLES = `INSERT INTO article (id, url, title, body, summary, source, author, section, language,
    publishedAt, ingestedAt, sortDate, contentHash)
  SELECT value->>0, value->>1, value->>2, value->>3, NULL, value->>4, value->>5, value->>6, 'en',
    value->>7, value->>7, value->>7, value->>8
  FROM json_each(?)`;
const INSERT_MENTIONS = `INSERT INTO mention (articleId, entityId, kind, sortDate, count, salience, evidence)
  SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->6 FROM json_each(?)`;
const INSERT_ENTITIES = `INSERT INTO entity (id, kind, name, slug, aliases, countryCode)
  SELECT value->>0, value->>1, value->>2, value->>3, '[]', value->>4 FROM json_each(?)`;

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/**
 * Writes a synthetic corpus straight into a new database file with the real schema: migrations
 * first, then secondary indexes and triggers dropped, rows bulk-inserted in big transactions,
 * indexes rebuilt once, maintained counts backfilled, FTS filled once, statistics gathered.
 */
export async function writeCorpus(file: string, options: CorpusOptions, log: (line: string) => void) {
  const seconds: Record<string, number> = {};
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    seconds[name] = Math.round((now - mark) / 100) / 10;
    mark = now;
    log(`${name}: ${seconds[name]} s`);
  };

  removeDatabase(file);
  const opened = await openDatabase({ type: 'sqlite', path: file });
  await opened.dataSource.destroy();
  phase('migrations');

  const db = await SqliteHandle.open(file);
  db.db.serialize();
  // A throwaway file being built: no journal, no fsync; a crash means running the generator again.
  await db.exec(`PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000;
    PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF;`);
  const deferred = await db.all<{ type: string; name: string; sql: string }>(
    `SELECT type, name, sql FROM sqlite_master
     WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN ('article', 'mention', 'entity')
     ORDER BY type = 'trigger', name`,
  );
  for (const item of deferred) await db.run(`DROP ${item.type} "${item.name}"`);

  const countries = await db.all<{ id: number; code: string; name: string }>(
    `SELECT id, countryCode AS code, name FROM entity WHERE kind = 'COUNTRY'`,
  );
  const [{ maxId }] = await db.all<{ maxId: number }>(`SELECT MAX(id) AS maxId FROM entity`);
  const corpus = new SyntheticCorpus(options, countries, maxId + 1);
  await insertEntities(db, corpus);
  phase('entities');

  const stats = new CorpusStatsCollector();
  const insertArticles = await db.prepare(INSERT_ARTICLES);
  const insertMentions = await db.prepare(INSERT_MENTIONS);
  let batch: CorpusArticle[] = [];
  let pending: Promise<unknown> = Promise.resolve();
  const flush = async (rows: CorpusArticle[]) => {
    // The next batch is generated while SQLite writes this one on its worker thread.
    await pending;
    pending = Promise.all([
      insertArticles.run([JSON.stringify(rows.map(articleRow))]),
      insertMentions.run([JSON.stringify(rows.flatMap(mentionRows))]),
    ]);
  };
  await db.run('BEGIN');
  for (const article of corpus.articles()) {
    stats.add(article);
    batch.push(article);
    if (batch.length === ARTICLES_PER_STATEMENT) {
      await flush(batch);
      batch = [];
      if (article.id % ARTICLES_PER_TRANSACTION === 0) {
        await pending;
        await db.run('COMMIT');
        await db.run('BEGIN');
        if (article.id % (ARTICLES_PER_TRANSACTION * 4) === 0) log(`  ${article.id} articles`);
      }
    }
  }
  if (batch.length) await flush(batch);
  await pending;
  await db.run('COMMIT');
  await insertArticles.finalize();
  await insertMentions.finalize();
  phase('rows');

  for (const item of deferred.filter((d) => d.type === 'index')) await db.run(item.sql);
  await db.run(BACKFILL_POSTING_SIZES);
  await db.run(BACKFILL_COUNTRY_PAIR_SIZES);
  phase('indexes');
  await db.run(`INSERT INTO article_fts (article_fts) VALUES ('rebuild')`);
  phase('fts');
  for (const item of deferred.filter((d) => d.type === 'trigger')) await db.run(item.sql);
  await db.run('ANALYZE');
  await db.run('PRAGMA journal_mode = WAL');
  await db.close();
  phase('analyze');
  return { stats: stats.result(options), seconds } satisfies GenerateReport;
}

async function insertEntities(db: SqliteHandle, corpus: SyntheticCorpus): Promise<void> {
  const taken = new Set((await db.all<{ slug: string }>(`SELECT slug FROM entity`)).map((row) => row.slug));
  const rows = corpus.entities.map((e) => {
    let slug = slugify(e.name);
    if (taken.has(slug)) slug = `${slug}-${e.kind.toLowerCase()}`;
    for (let n = 2; taken.has(slug); n++) slug = `${slugify(e.name)}-${e.kind.toLowerCase()}-${n}`;
    taken.add(slug);
    return [e.id, e.kind, e.name, slug, e.countryCode];
  });
  await db.run('BEGIN');
  for (let i = 0; i < rows.length; i += 5000)
    await db.run(INSERT_ENTITIES, [JSON.stringify(rows.slice(i, i + 5000))]);
  await db.run('COMMIT');
}

function articleRow(a: CorpusArticle): unknown[] {
  return [a.id, a.url, a.title, a.body, a.source, a.author, a.section, a.publishedAt, a.contentHash];
}

function mentionRows(a: CorpusArticle): unknown[][] {
  return a.mentions.map((m) => [
    a.id,
    m.entity.id,
    m.entity.kind,
    a.publishedAt,
    m.count,
    m.salience,
    [m.evidence],
  ]);
}
