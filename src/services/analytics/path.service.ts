import type { DataSource } from 'typeorm';
import { chunk, SqlParameters } from '../../db/sql-builder';
import type { EntityKind } from '../../entities/entity-kind';
import { BadUserInputError } from '../../core/errors';
import type { EntityReferenceService } from '../entity-reference.service';

export const DEFAULT_MAX_HOPS = 3;
export const MAX_HOPS = 4;
export const MAX_PATHS = 10;
/** Articles listed per hop as evidence (the most recent); sharedArticles gives the full count. */
export const ARTICLES_PER_HOP = 5;
/**
 * Mentions (entity–article links) one search may read while it walks the graph. A hub article
 * links thousands of entities, and the next hop would read all of their articles: the search
 * stops at this many and says so (`complete: false`). The cost model charges the search for it.
 */
export const MAX_PATH_SEARCH_MENTIONS = 20_000;

export interface PathOptions {
  maxHops: number;
  /** Most paths returned (all are shortest). */
  first: number;
  /** Kinds allowed as intermediate entities; null allows every kind. */
  via: EntityKind[] | null;
}

export interface PathHop {
  fromId: number;
  toId: number;
  sharedArticles: number;
  /** Most recent first, at most ARTICLES_PER_HOP. */
  articleIds: number[];
}

export interface PathResult {
  fromId: number;
  toId: number;
  /** Hops of the shortest chains; null when none was found. */
  length: number | null;
  paths: PathHop[][];
  /** False when the search stopped at MAX_PATH_SEARCH_MENTIONS before it had looked everywhere. */
  complete: boolean;
  /** Chains of up to this many hops were all looked at (no shorter chain exists than `length`). */
  searchedHops: number;
}

/** What one search has read so far, within its budget of mentions. */
class SearchState {
  /** Mentions the search may still read. */
  budget = MAX_PATH_SEARCH_MENTIONS;
  /** Entity → the hop at which it was reached (0 for the start). */
  readonly level = new Map<number, number>();
  /** Articles already walked through: every entity in them has been reached. */
  readonly expanded = new Set<number>();
  /** Article → the entities of the frontier that mention it, when it was walked through. */
  readonly articleParents = new Map<number, number[]>();
  /** Entity → the articles through which it was reached (from the hop before). */
  readonly reachedThrough = new Map<number, number[]>();
  /** False once the budget ran out. */
  complete = true;

  /** Takes up to `rows.length` rows from the budget; the rows past it are dropped. */
  take<T>(rows: T[]): T[] {
    if (rows.length > this.budget) {
      this.complete = false;
      rows = rows.slice(0, this.budget);
    }
    this.budget -= rows.length;
    return rows;
  }
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** The `limit` smallest distinct ids of the given lists, ascending. */
function smallest(lists: (readonly number[])[], limit: number): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b).slice(0, limit);
}

/**
 * Shortest chains of co-mention between two entities: breadth-first search through articles. Each
 * hop reads the frontier's articles not walked through yet, looks for the target in them, and else
 * reads their entities (set-based statements over the whole frontier, never one per entity); every
 * mention read counts against MAX_PATH_SEARCH_MENTIONS, so a hub article costs at most that. Then
 * one statement collects the articles behind every hop of the chosen chains.
 */
export class PathService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: EntityReferenceService,
  ) {}

  async shortestPaths(from: string, to: string, options: PathOptions): Promise<PathResult> {
    if (!Number.isInteger(options.maxHops) || options.maxHops < 1 || options.maxHops > MAX_HOPS) {
      throw new BadUserInputError(
        `maxHops must be between 1 and ${MAX_HOPS}, got ${options.maxHops}`,
        'maxHops',
      );
    }
    if (options.via && options.via.length === 0) {
      throw new BadUserInputError('via: give at least one kind or leave it out', 'via');
    }
    const [[fromId], [toId]] = await Promise.all([
      this.references.resolveEach([from], 'from'),
      this.references.resolveEach([to], 'to'),
    ]);
    if (fromId === toId) throw new BadUserInputError('from and to name the same entity', 'to');

    const state = new SearchState();
    state.level.set(fromId, 0);
    let frontier = [fromId];
    let length: number | null = null;
    let targetParents: number[] = [];
    // Once the budget runs out: the hops whose articles were all read, so chains that long were all seen.
    let searchedHops = 0;
    for (let hop = 1; hop <= options.maxHops && frontier.length; hop++) {
      const frontierComplete = state.complete;
      const articles = await this.articlesOf(frontier, state);
      const shared = await this.articlesWith(toId, articles, state);
      if (frontierComplete && state.complete) searchedHops = hop;
      if (shared.length) {
        length = hop;
        targetParents = smallest(
          shared.map((id) => state.articleParents.get(id)!),
          options.first,
        );
        break;
      }
      if (hop === options.maxHops || !state.complete) break;
      frontier = await this.entitiesOf(articles, hop, options.via, state);
    }
    const result = {
      fromId,
      toId,
      complete: state.complete,
      searchedHops: state.complete ? (length ?? options.maxHops) : searchedHops,
    };
    if (length === null) return { ...result, length: null, paths: [] };

    const parentsOf = (id: number): number[] =>
      id === toId
        ? targetParents
        : smallest(
            (state.reachedThrough.get(id) ?? []).map((article) => state.articleParents.get(article)!),
            options.first,
          );
    const chains = this.chainsTo(toId, fromId, parentsOf, options.first);
    const hops = await this.hopEvidence(
      chains.flatMap((chain) => chain.slice(1).map((id, i) => [chain[i], id])),
    );
    return {
      ...result,
      length,
      paths: chains.map((chain) => chain.slice(1).map((id, i) => hops.get(`${chain[i]}:${id}`)!)),
    };
  }

  /**
   * The articles of the frontier not walked through before, each with the frontier entities that
   * mention it. An article walked through at an earlier hop holds no entity not reached yet.
   */
  private async articlesOf(frontier: number[], state: SearchState): Promise<number[]> {
    const articles: number[] = [];
    for (const part of chunk(frontier)) {
      if (state.budget === 0) {
        state.complete = false;
        break;
      }
      const params = new SqlParameters();
      const rows = await params.run<{ entityId: number; articleId: number }>(
        this.dataSource,
        `SELECT "entityId", "articleId" FROM mention WHERE "entityId" IN (${params.bindList(part)})
         ORDER BY "entityId", "sortDate", "articleId" LIMIT ${state.budget + 1}`,
      );
      for (const row of state.take(rows)) {
        const articleId = Number(row.articleId);
        if (state.expanded.has(articleId)) continue;
        if (!state.articleParents.has(articleId)) articles.push(articleId);
        push(state.articleParents, articleId, Number(row.entityId));
      }
    }
    for (const id of articles) state.expanded.add(id);
    return articles.sort((a, b) => a - b);
  }

  /** Which of these articles mention the target (one index lookup per article). */
  private async articlesWith(toId: number, articles: number[], state: SearchState): Promise<number[]> {
    const shared: number[] = [];
    for (const part of chunk(articles)) {
      if (state.budget === 0) {
        state.complete = false;
        break;
      }
      const params = new SqlParameters();
      const rows = await params.run<{ articleId: number }>(
        this.dataSource,
        `SELECT "articleId" FROM mention WHERE "entityId" = ${params.bind(toId)}
         AND "articleId" IN (${params.bindList(part)}) ORDER BY "articleId" LIMIT ${state.budget + 1}`,
      );
      for (const row of state.take(rows)) shared.push(Number(row.articleId));
    }
    return shared;
  }

  /** The entities of these articles not reached before (of the `via` kinds): the next frontier. */
  private async entitiesOf(
    articles: number[],
    hop: number,
    via: EntityKind[] | null,
    state: SearchState,
  ): Promise<number[]> {
    const next: number[] = [];
    for (const part of chunk(articles)) {
      if (state.budget === 0) {
        state.complete = false;
        break;
      }
      const params = new SqlParameters();
      const kinds = via ? `AND kind IN (${params.bindList(via)})` : '';
      const rows = await params.run<{ articleId: number; entityId: number }>(
        this.dataSource,
        `SELECT "articleId", "entityId" FROM mention WHERE "articleId" IN (${params.bindList(part)}) ${kinds}
         ORDER BY "articleId", "entityId" LIMIT ${state.budget + 1}`,
      );
      for (const row of state.take(rows)) {
        const entityId = Number(row.entityId);
        const level = state.level.get(entityId);
        if (level === undefined) {
          state.level.set(entityId, hop);
          next.push(entityId);
        } else if (level !== hop) continue;
        push(state.reachedThrough, entityId, Number(row.articleId));
      }
    }
    return next.sort((a, b) => a - b);
  }

  /** Walks parents back from the target: every shortest chain, up to `limit`, in id order. */
  private chainsTo(
    toId: number,
    fromId: number,
    parentsOf: (id: number) => number[],
    limit: number,
  ): number[][] {
    const chains: number[][] = [];
    const walk = (id: number, suffix: number[]) => {
      if (chains.length >= limit) return;
      if (id === fromId) {
        chains.push([id, ...suffix]);
        return;
      }
      for (const up of parentsOf(id)) walk(up, [id, ...suffix]);
    };
    walk(toId, []);
    return chains;
  }

  /** Shared-article counts and the latest articles of each hop, all hops in one statement. */
  private async hopEvidence(pairs: number[][]): Promise<Map<string, PathHop>> {
    const unique = [...new Map(pairs.map(([a, b]) => [`${a}:${b}`, [a, b]])).values()];
    const params = new SqlParameters();
    const match = unique
      .map(([a, b]) => `(s."entityId" = ${params.bind(a)} AND o."entityId" = ${params.bind(b)})`)
      .join(' OR ');
    const rows = await params.run<{ fromId: number; toId: number; articleId: number; total: number }>(
      this.dataSource,
      `SELECT "fromId", "toId", "articleId", total FROM (
         SELECT s."entityId" AS "fromId", o."entityId" AS "toId", a.id AS "articleId",
                ROW_NUMBER() OVER (PARTITION BY s."entityId", o."entityId" ORDER BY a."sortDate" DESC, a.id DESC) AS position,
                COUNT(*) OVER (PARTITION BY s."entityId", o."entityId") AS total
         FROM mention s
         JOIN mention o ON o."articleId" = s."articleId"
         JOIN article a ON a.id = s."articleId"
         WHERE ${match}
       ) ranked WHERE position <= ${ARTICLES_PER_HOP} ORDER BY "fromId", "toId", position`,
    );
    const hops = new Map<string, PathHop>();
    for (const row of rows) {
      const key = `${row.fromId}:${row.toId}`;
      const hop = hops.get(key) ?? {
        fromId: Number(row.fromId),
        toId: Number(row.toId),
        sharedArticles: Number(row.total),
        articleIds: [],
      };
      hop.articleIds.push(Number(row.articleId));
      hops.set(key, hop);
    }
    return hops;
  }
}
