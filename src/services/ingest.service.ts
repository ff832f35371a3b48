import type { DataSource, EntityManager } from 'typeorm';
import { Article } from '../entities/article';
import { Mention } from '../entities/mention';
import { chunk } from '../db/sql-builder';
import { sqlDialect, type SqlDialect } from '../db/sql-dialect';
import type { Extractor, MentionEvidence } from '../extraction/types';
import {
  validateArticleInput,
  type ArticleInput,
  type InputProblem,
  type ValidArticle,
} from './article-input';
import { EntityLinker } from './entity-linker';
import { WriteLock } from './write-lock';

export type IngestStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export type IngestOutcome =
  | { status: IngestStatus; article: Article; note?: string }
  | { status: 'REJECTED'; problems: InputProblem[] };

/** Evidence kept per mention: enough to show why, small enough to keep rows light. */
export const MAX_EVIDENCE_PER_MENTION = 5;
const MAX_SENTENCE_CHARS = 400;

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

/**
 * Ingestion: validate, extract, then write the article, its entities and its mentions in ONE
 * transaction (or a batch of articles in one). The same URL or the same content updates the stored article, never duplicates it.
 */
export class IngestService {
  private readonly lock = new WriteLock();
  private readonly linker = new EntityLinker((code) => this.knownCountryCode(code));

  private readonly dialect: SqlDialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly extractor: Extractor,
    private readonly maxArticleChars: number,
    private readonly countryCodes: ReadonlySet<string>,
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
   * once instead of once per article. An unexpected failure rolls the whole batch back and is
   * thrown; re-running the same input resumes, as ingestion is idempotent.
   */
  async ingestMany(inputs: readonly ArticleInput[]): Promise<IngestOutcome[]> {
    const outcomes: IngestOutcome[] = [];
    const valid: { index: number; article: ValidArticle }[] = [];
    inputs.forEach((input, index) => {
      const validated = validateArticleInput(input, this.maxArticleChars);
      if ('problems' in validated) outcomes[index] = { status: 'REJECTED', problems: validated.problems };
      else valid.push({ index, article: validated.article });
    });
    if (!valid.length) return outcomes;
    await this.lock.run(() =>
      this.dataSource.transaction(async (manager) => {
        await this.takeWriteLock(manager);
        for (const { index, article } of valid) outcomes[index] = await this.write(manager, article);
      }),
    );
    return outcomes;
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

  private async write(manager: EntityManager, input: ValidArticle): Promise<IngestOutcome> {
    const articles = manager.getRepository(Article);
    // One statement for both lookups (an OR over the two unique indexes).
    const found = await articles.findBy(
      input.url
        ? [{ url: input.url }, { contentHash: input.contentHash }]
        : { contentHash: input.contentHash },
    );
    const byUrl = (input.url && found.find((a) => a.url === input.url)) || null;
    const byHash = found.find((a) => a.contentHash === input.contentHash) ?? null;

    if (!byUrl && byHash) {
      // Same content under another address (or none): keep one row, adopt a URL it lacked.
      if (input.url && !byHash.url) {
        byHash.url = input.url;
        return { status: 'UPDATED', article: await articles.save(byHash) };
      }
      return { status: 'UNCHANGED', article: byHash, note: 'same content as an article already stored' };
    }
    if (byUrl && byHash && byUrl.id !== byHash.id) {
      return {
        status: 'REJECTED',
        problems: [
          {
            field: 'body',
            message: `this content is already stored under ${byHash.url ?? `article ${byHash.id}`}`,
            code: 'INVALID',
          },
        ],
      };
    }

    const now = new Date();
    const existing = byUrl;
    if (existing && existing.contentHash === input.contentHash && !this.metadataChanged(existing, input)) {
      return { status: 'UNCHANGED', article: existing };
    }
    // Read before the row is overwritten below: `existing` and `row` are the same object.
    const previous = existing ? { contentHash: existing.contentHash, sortDate: existing.sortDate } : null;
    const row = existing ?? articles.create({ ingestedAt: now });
    Object.assign(row, input);
    row.sortDate = (input.publishedAt ?? row.ingestedAt ?? now).toISOString();
    const saved = await articles.save(row);

    if (!previous || previous.contentHash !== saved.contentHash || previous.sortDate !== saved.sortDate) {
      await this.replaceMentions(manager, saved, previous !== null);
    }
    return { status: existing ? 'UPDATED' : 'CREATED', article: saved };
  }

  private metadataChanged(existing: Article, input: ValidArticle): boolean {
    const keys = ['summary', 'source', 'author', 'section', 'language'] as const;
    if (keys.some((key) => existing[key] !== input[key])) return true;
    return (existing.publishedAt?.getTime() ?? null) !== (input.publishedAt?.getTime() ?? null);
  }

  /** Writes the article's mentions; `replacing` drops the ones an earlier version left. */
  private async replaceMentions(manager: EntityManager, article: Article, replacing: boolean): Promise<void> {
    const extracted = this.extractor
      .extract({ title: article.title, body: article.body })
      .entities.filter((e) => e.kind !== 'COUNTRY' || this.knownCountryCode(e.countryCode));
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
