import { In, type DataSource, type EntityManager } from 'typeorm';
import { Article } from '../entities/article';
import { Mention } from '../entities/mention';
import { ErrorCode } from '../core/errors';
import { chunk } from '../db/sql-builder';
import { sqlDialect } from '../db/data-source-dialect';
import type { SqlDialect } from '../db/sql-dialect';
import { failureReason, isRecordRefusal } from '../db/database-errors';
import type { ExtractedEntity, Extractor, MentionEvidence } from '../extraction/types';
import {
  validateArticleInput,
  type ArticleInput,
  type InputProblem,
  type ValidArticle,
} from './article-input';
import { retryWhileBusy } from './busy-retry';
import { EntityLinker } from './entity-linker';
import { WriteLock } from './write-lock';

export type IngestStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export type IngestOutcome =
  | { status: IngestStatus; article: Article; note?: string }
  | { status: 'REJECTED'; problems: InputProblem[] };

/** Evidence kept per mention: enough to show why, small enough to keep rows light. */
export const MAX_EVIDENCE_PER_MENTION = 5;
const MAX_SENTENCE_CHARS = 400;
/** Articles looked up per statement before extraction. */
const LOOKUP_CHUNK = 500;

/** The `limit` most salient entities (earlier first among equals), in their original order. */
function mostSalient(entities: ExtractedEntity[], limit: number): ExtractedEntity[] {
  if (entities.length <= limit) return entities;
  const kept = new Set(
    entities
      .map((entity, index) => ({ entity, index }))
      .sort((a, b) => b.entity.salience - a.entity.salience || a.index - b.index)
      .slice(0, limit)
      .map(({ entity }) => entity),
  );
  return entities.filter((entity) => kept.has(entity));
}

/** Keeps the sentence around a span short, re-basing offsets, so pathological text stays bounded. */
function boundEvidence(evidence: MentionEvidence): MentionEvidence {
  if (evidence.sentence.length <= MAX_SENTENCE_CHARS) return evidence;
  const spanInSentence = evidence.start - evidence.sentenceStart;
  const from = Math.max(0, spanInSentence - Math.floor(MAX_SENTENCE_CHARS / 2));
  return {
    ...evidence,
    sentence: evidence.sentence.slice(from, from + MAX_SENTENCE_CHARS),
    sentenceStart: evidence.sentenceStart + from,
  };
}

/** The stored rows an article's URL or content hash finds (at most two). */
interface Found {
  byUrl: Article | null;
  byHash: Article | null;
}

/**
 * What writing an article does, decided from the rows its URL and content hash find. The same
 * decision is taken twice: before the transaction, to know whether the article needs extracting
 * (extraction is the slow part, and it must not run under the write lock), and inside it, on rows
 * no other writer can change any more, to act.
 */
type WritePlan =
  | { kind: 'UNCHANGED'; article: Article; note?: string }
  | { kind: 'ADOPT_URL'; article: Article }
  | { kind: 'CONFLICT'; problem: InputProblem }
  | { kind: 'SAVE'; existing: Article | null; mentions: boolean };

/** An article that passed validation, with its extraction when it was done before the transaction. */
interface Prepared {
  index: number;
  article: ValidArticle;
  extracted: ExtractedEntity[] | null;
}

/**
 * A database failure (not a refusal of one record) while a batch was being written one article per
 * transaction: the articles before `index` are stored and have their `outcomes`; the one at `index`
 * and those after it are not.
 */
export class IngestInterruptedError extends Error {
  constructor(
    readonly index: number,
    readonly outcomes: readonly IngestOutcome[],
    cause: unknown,
  ) {
    super(failureReason(cause), { cause });
  }
}

/** A problem for an article the database or the extractor could not take (see InputProblem). */
function notStored(reason: string): IngestOutcome {
  return { status: 'REJECTED', problems: [{ field: 'body', message: reason, code: ErrorCode.NOT_STORED }] };
}

/** What one article may bring in, and how long a write waits for another process (src/config.ts). */
export interface IngestLimits {
  /** Largest article body, in characters. */
  maxArticleChars: number;
  /** Entities kept per article, the most salient first. */
  maxEntitiesPerArticle: number;
  /** How long a write retries while another process holds the SQLite write lock. */
  writeBusyMaxMs: number;
}

/**
 * Ingestion: validate, extract (outside any transaction, on a worker thread when the text is large),
 * then write the article, its entities and its mentions in ONE transaction (or a batch of articles
 * in one). The same URL or the same content updates the stored article, never duplicates it.
 */
export class IngestService {
  private readonly lock = new WriteLock();
  private readonly linker = new EntityLinker((code) => this.knownCountryCode(code));

  private readonly dialect: SqlDialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly extractor: Extractor,
    private readonly countryCodes: ReadonlySet<string>,
    private readonly limits: IngestLimits,
  ) {
    this.dialect = sqlDialect(dataSource);
  }

  /** Extractor codes outside the reference table ("" for seas, say) are stored as no country. */
  private knownCountryCode(code: string | null): string | null {
    return code && this.countryCodes.has(code) ? code : null;
  }

  async ingest(input: ArticleInput): Promise<IngestOutcome> {
    const [outcome] = await this.ingestMany([input]);
    return outcome;
  }

  /**
   * Ingests several articles in ONE transaction (bulk loads: the CLI, the benchmark). The batch
   * pays the begin, the write lock and the commit once; the commit writes every changed page to
   * the WAL, and pages the articles share (indexes, the full-text segment, counters) are written
   * once instead of once per article.
   *
   * One record never costs the others: an article whose extraction fails, or whose row the
   * database refuses (isRecordRefusal), is REJECTED with a NOT_STORED problem saying why. When the
   * batch's transaction fails that way, it is rolled back and the articles are written again one
   * transaction each, so only the refused one is left out. Any other failure (the database itself)
   * is thrown: IngestInterruptedError when some articles were already committed one by one; rerunning
   * the same input resumes, as ingestion is idempotent. SQLITE_BUSY is retried (retryWhileBusy).
   */
  async ingestMany(inputs: readonly ArticleInput[]): Promise<IngestOutcome[]> {
    const outcomes: IngestOutcome[] = [];
    const valid: { index: number; article: ValidArticle }[] = [];
    inputs.forEach((input, index) => {
      const validated = validateArticleInput(input, this.limits.maxArticleChars);
      if ('problems' in validated) outcomes[index] = { status: 'REJECTED', problems: validated.problems };
      else valid.push({ index, article: validated.article });
    });
    if (!valid.length) return outcomes;
    const prepared: Prepared[] = [];
    for (const item of await this.extractBeforeWriting(valid)) {
      if ('failure' in item) outcomes[item.index] = notStored(item.failure);
      else prepared.push(item);
    }
    if (!prepared.length) return outcomes;
    try {
      await this.writeInOneTransaction(prepared, outcomes);
    } catch (error) {
      if (!isRecordRefusal(error)) throw error;
      if (prepared.length === 1) {
        outcomes[prepared[0].index] = notStored(`the database refused this article: ${failureReason(error)}`);
        return outcomes;
      }
      await this.writeOneByOne(prepared, outcomes);
    }
    return outcomes;
  }

  private async writeInOneTransaction(
    prepared: readonly Prepared[],
    outcomes: IngestOutcome[],
  ): Promise<void> {
    const written = await retryWhileBusy(
      () =>
        this.lock.run(() =>
          this.dataSource.transaction(async (manager) => {
            await this.takeWriteLock(manager);
            const results: IngestOutcome[] = [];
            for (const item of prepared) results.push(await this.write(manager, item));
            return results;
          }),
        ),
      this.limits.writeBusyMaxMs,
    );
    prepared.forEach((item, i) => (outcomes[item.index] = written[i]));
  }

  /** The batch fallback: each article in its own transaction, in input order. */
  private async writeOneByOne(prepared: readonly Prepared[], outcomes: IngestOutcome[]): Promise<void> {
    for (const item of prepared) {
      try {
        await this.writeInOneTransaction([item], outcomes);
      } catch (error) {
        if (!isRecordRefusal(error))
          throw new IngestInterruptedError(item.index, outcomes.slice(0, item.index), error);
        outcomes[item.index] = notStored(`the database refused this article: ${failureReason(error)}`);
      }
    }
  }

  /**
   * Looks the articles up (one statement, outside any transaction) and extracts those that will need
   * mentions written. Extraction is a pure function of title and body, so its result stays right
   * whatever happens to the rows before the transaction; the transaction looks the rows up again and
   * extracts there only in the rare case that another writer changed them in between.
   */
  private async extractBeforeWriting(
    valid: readonly { index: number; article: ValidArticle }[],
  ): Promise<(Prepared | { index: number; failure: string })[]> {
    const stored: Article[] = [];
    // Two parameters an article at most: chunks stay far below SQLite's 32,766.
    for (const part of chunk(valid, LOOKUP_CHUNK)) {
      const urls = part.flatMap(({ article }) => (article.url ? [article.url] : []));
      const hashes = part.map(({ article }) => article.contentHash);
      stored.push(
        ...(await this.dataSource
          .getRepository(Article)
          .findBy(
            urls.length ? [{ url: In(urls) }, { contentHash: In(hashes) }] : { contentHash: In(hashes) },
          )),
      );
    }
    const results: (Prepared | { index: number; failure: string })[] = [];
    for (const { index, article } of valid) {
      const plan = this.plan(findIn(stored, article), article, new Date());
      if (plan.kind !== 'SAVE' || !plan.mentions) {
        results.push({ index, article, extracted: null });
        continue;
      }
      try {
        results.push({ index, article, extracted: await this.extract(article) });
      } catch (error) {
        results.push({ index, failure: `entity extraction failed on this article: ${failureReason(error)}` });
      }
    }
    return results;
  }

  /** The article's entities, on a worker thread when the extractor offers it (large texts). */
  private async extract(article: { title: string; body: string }): Promise<ExtractedEntity[]> {
    const input = { title: article.title, body: article.body };
    const result = this.extractor.extractAsync
      ? await this.extractor.extractAsync(input)
      : this.extractor.extract(input);
    const known = result.entities.filter((e) => e.kind !== 'COUNTRY' || this.knownCountryCode(e.countryCode));
    return mostSalient(known, this.limits.maxEntitiesPerArticle);
  }

  private async takeWriteLock(manager: EntityManager): Promise<void> {
    // Take the write lock before reading anything. TypeORM opens a deferred `BEGIN TRANSACTION`;
    // if the first statement were the lookups in write(), it would hold a read snapshot,
    // and when another process commits before our first write, SQLite cannot upgrade a stale
    // snapshot and fails at once with SQLITE_BUSY (busy_timeout does not apply). A write statement
    // starts a write transaction when it begins, whatever rows it touches, so SQLite's no-op UPDATE
    // waits (up to busy_timeout) for the lock with no snapshot held, and the reads that follow see
    // every committed article. PostgreSQL takes an advisory lock instead: without it two processes
    // could both find no row for the same URL or entity key and both insert one. Tested by
    // test/hardening/parallel-bulk-ingest.test.ts.
    await manager.query(this.dialect.ingestLock);
  }

  private plan(found: Found, input: ValidArticle, now: Date): WritePlan {
    const { byUrl, byHash } = found;
    if (!byUrl && byHash) {
      // Same content under another address (or none): keep one row, adopt a URL it lacked.
      if (input.url && !byHash.url) return { kind: 'ADOPT_URL', article: byHash };
      return { kind: 'UNCHANGED', article: byHash, note: 'same content as an article already stored' };
    }
    if (byUrl && byHash && byUrl.id !== byHash.id) {
      return {
        kind: 'CONFLICT',
        problem: {
          field: 'body',
          message: `this content is already stored under ${byHash.url ?? `article ${byHash.id}`}`,
          code: ErrorCode.INVALID,
        },
      };
    }
    const existing = byUrl;
    if (existing && existing.contentHash === input.contentHash && !this.metadataChanged(existing, input)) {
      return { kind: 'UNCHANGED', article: existing };
    }
    // Mentions carry the article's sortDate, so a new date rewrites them as new content does.
    const sortDate = (input.publishedAt ?? existing?.ingestedAt ?? now).toISOString();
    const mentions =
      !existing || existing.contentHash !== input.contentHash || existing.sortDate !== sortDate;
    return { kind: 'SAVE', existing, mentions };
  }

  private async write(manager: EntityManager, item: Prepared): Promise<IngestOutcome> {
    const input = item.article;
    const articles = manager.getRepository(Article);
    // One statement for both lookups (an OR over the two unique indexes).
    const found = await articles.findBy(
      input.url
        ? [{ url: input.url }, { contentHash: input.contentHash }]
        : { contentHash: input.contentHash },
    );
    const now = new Date();
    const plan = this.plan(findIn(found, input), input, now);
    switch (plan.kind) {
      case 'UNCHANGED':
        return { status: 'UNCHANGED', article: plan.article, note: plan.note };
      case 'ADOPT_URL':
        plan.article.url = input.url;
        return { status: 'UPDATED', article: await articles.save(plan.article) };
      case 'CONFLICT':
        return { status: 'REJECTED', problems: [plan.problem] };
    }
    const { existing } = plan;
    const row = existing ?? articles.create({ ingestedAt: now });
    Object.assign(row, input);
    row.sortDate = (input.publishedAt ?? row.ingestedAt ?? now).toISOString();
    const saved = await articles.save(row);
    if (plan.mentions) {
      // Extracted before the transaction, unless another writer changed the rows in between.
      const extracted = item.extracted ?? (await this.extract(saved));
      await this.replaceMentions(manager, saved, extracted, existing !== null);
    }
    return { status: existing ? 'UPDATED' : 'CREATED', article: saved };
  }

  private metadataChanged(existing: Article, input: ValidArticle): boolean {
    const keys = ['summary', 'source', 'author', 'section', 'language'] as const;
    if (keys.some((key) => existing[key] !== input[key])) return true;
    return (existing.publishedAt?.getTime() ?? null) !== (input.publishedAt?.getTime() ?? null);
  }

  /** Writes the article's mentions; `replacing` drops the ones an earlier version left. */
  private async replaceMentions(
    manager: EntityManager,
    article: Article,
    extracted: ExtractedEntity[],
    replacing: boolean,
  ): Promise<void> {
    const entityIds = await this.linker.link(manager, extracted);
    const mentions = manager.getRepository(Mention);
    if (replacing) await mentions.delete({ articleId: article.id });
    const rows = extracted.map((entity, i) =>
      mentions.create({
        articleId: article.id,
        entityId: entityIds[i],
        kind: entity.kind,
        sortDate: article.sortDate,
        count: entity.count,
        salience: entity.salience,
        evidence: entity.evidence.slice(0, MAX_EVIDENCE_PER_MENTION).map(boundEvidence),
      }),
    );
    // One article can name the same entity under two canonical forms; keep the stronger mention.
    const byEntity = new Map<number, Mention>();
    for (const row of rows) {
      const seen = byEntity.get(row.entityId);
      if (!seen) byEntity.set(row.entityId, row);
      else {
        seen.count += row.count;
        seen.salience = Math.max(seen.salience, row.salience);
        seen.evidence = [...seen.evidence, ...row.evidence].slice(0, MAX_EVIDENCE_PER_MENTION);
      }
    }
    for (const part of chunk([...byEntity.values()], 100)) await mentions.insert(part);
  }
}

/** The rows of `stored` that the article's URL and content hash find. */
function findIn(stored: readonly Article[], input: ValidArticle): Found {
  return {
    byUrl: (input.url && stored.find((a) => a.url === input.url)) || null,
    byHash: stored.find((a) => a.contentHash === input.contentHash) ?? null,
  };
}
