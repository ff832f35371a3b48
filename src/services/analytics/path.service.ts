import type { DataSource } from 'typeorm';
import { chunk, SqlParameters } from '../../db/sql-builder';
import type { EntityKind } from '../../entities/entity-kind';
import { BadUserInputError } from '../../schema/errors';
import type { EntityReferenceService } from '../entity-reference.service';

export const DEFAULT_MAX_HOPS = 3;
export const MAX_HOPS = 4;
export const MAX_PATHS = 10;
/** Articles listed per hop as evidence (the most recent); sharedArticles gives the full count. */
export const ARTICLES_PER_HOP = 5;

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
  /** Hops of the shortest chains; null when none exists within maxHops. */
  length: number | null;
  paths: PathHop[][];
}

/**
 * Shortest chains of co-mention between two entities: breadth-first search where each hop is one
 * set-based statement over the whole frontier (never one per entity), then one statement that
 * collects the articles behind every hop of the chosen chains.
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

    // parents.get(x): the entities one hop closer to `from` through which x was first reached.
    const parents = new Map<number, number[]>([[fromId, []]]);
    let frontier = [fromId];
    let length: number | null = null;
    for (let hop = 1; hop <= options.maxHops && frontier.length && length === null; hop++) {
      const discovered = new Map<number, number[]>();
      for (const [parent, child] of await this.neighbours(frontier, toId, options, hop === options.maxHops)) {
        if (parents.has(child)) continue;
        discovered.set(child, [...(discovered.get(child) ?? []), parent]);
      }
      for (const [child, list] of discovered) parents.set(child, list);
      if (discovered.has(toId)) length = hop;
      frontier = [...discovered.keys()];
    }
    if (length === null) return { fromId, toId, length: null, paths: [] };

    const chains = this.chainsTo(toId, parents, options.first);
    const hops = await this.hopEvidence(
      chains.flatMap((chain) => chain.slice(1).map((id, i) => [chain[i], id])),
    );
    return {
      fromId,
      toId,
      length,
      paths: chains.map((chain) => chain.slice(1).map((id, i) => hops.get(`${chain[i]}:${id}`)!)),
    };
  }

  /** Co-mentioned (parent, child) pairs of a frontier; on the last hop only the target matters. */
  private async neighbours(
    frontier: number[],
    toId: number,
    options: PathOptions,
    lastHop: boolean,
  ): Promise<[number, number][]> {
    const pairs: [number, number][] = [];
    for (const part of chunk(frontier)) {
      const params = new SqlParameters();
      const target = params.bind(toId);
      const reach = lastHop
        ? `o."entityId" = ${target}`
        : options.via
          ? `(o."entityId" = ${target} OR o.kind IN (${params.bindList(options.via)}))`
          : '1 = 1';
      const rows = await params.run<{ parentId: number; childId: number }>(
        this.dataSource,
        `SELECT DISTINCT s."entityId" AS "parentId", o."entityId" AS "childId"
         FROM mention s JOIN mention o ON o."articleId" = s."articleId" AND o."entityId" <> s."entityId"
         WHERE s."entityId" IN (${params.bindList(part)}) AND ${reach}
         ORDER BY s."entityId", o."entityId"`,
      );
      for (const row of rows) pairs.push([Number(row.parentId), Number(row.childId)]);
    }
    return pairs;
  }

  /** Walks parents back from the target: every shortest chain, up to `limit`, in id order. */
  private chainsTo(toId: number, parents: Map<number, number[]>, limit: number): number[][] {
    const chains: number[][] = [];
    const walk = (id: number, suffix: number[]) => {
      if (chains.length >= limit) return;
      const ups = parents.get(id)!;
      if (ups.length === 0) {
        chains.push([id, ...suffix]);
        return;
      }
      for (const up of [...ups].sort((a, b) => a - b)) walk(up, [id, ...suffix]);
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
