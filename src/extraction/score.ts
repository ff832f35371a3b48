/**
 * Re-implementation of ../shared/eval/score.mjs: micro precision/recall/F1 per type and the
 * country-pair retrieval score. Same numbers, same table text (test/extraction/score.test.ts
 * compares the two on the same files).
 */
import { readFileSync } from 'node:fs';

export const SCORE_TYPES = ['countries', 'people', 'organizations', 'places'] as const;
export type ScoreType = (typeof SCORE_TYPES)[number];

export interface GoldArticle {
  id: string;
  title?: string;
  body?: string;
  gold: Partial<Record<ScoreType, unknown[]>>;
  [k: string]: unknown;
}

export interface PredictionLine {
  id: string;
  countries?: unknown[];
  people?: unknown[];
  organizations?: unknown[];
  places?: unknown[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface ScoreError {
  id: string;
  type: ScoreType;
  falsePositives: string[];
  missed: string[];
}

export interface ScoreResult {
  articles: number;
  predictionsFound: number;
  countries: Prf;
  people: Prf;
  organizations: Prf;
  places: Prf;
  countryPairs: Prf;
  errors: ScoreError[];
}

/** The scorer's name normalization (identical to score.mjs's `norm`). */
export const scoreNorm = (s: unknown): string =>
  String(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‐-―-]/g, ' ')
    .replace(/[.'’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Reads a JSONL file the way score.mjs does (blank lines skipped, a bad line throws with file:line). */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${path}:${i + 1}: ${(e as Error).message}`, { cause: e });
      }
    });
}

function groupsOf(type: ScoreType, g: GoldArticle): string[][] {
  const v = (g.gold[type] ?? []) as unknown[];
  if (type === 'countries') return v.map((c) => [String(c).toUpperCase()]);
  if (type === 'places') return v.map((p) => [scoreNorm(Array.isArray(p) ? p[0] : p)]);
  return v.map((forms) => (Array.isArray(forms) ? forms : [forms]).map(scoreNorm));
}

function predsOf(type: ScoreType, p: PredictionLine | undefined): string[] {
  const v = (p?.[type] ?? []) as unknown[];
  if (type === 'countries') return [...new Set(v.map((c) => String(c).toUpperCase()))];
  if (type === 'places') return [...new Set(v.map((x) => scoreNorm(Array.isArray(x) ? x[0] : x)))];
  return [...new Set(v.map(scoreNorm))];
}

export const prf = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): Prf => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
};

export function score(gold: GoldArticle[], predictions: PredictionLine[]): ScoreResult {
  const preds = new Map(predictions.map((p) => [p.id, p]));
  const tally = Object.fromEntries(SCORE_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ScoreType,
    { tp: number; fp: number; fn: number }
  >;
  const errors: ScoreError[] = [];
  for (const g of gold) {
    const p = preds.get(g.id);
    for (const t of SCORE_TYPES) {
      const groups = groupsOf(t, g);
      const predicted = predsOf(t, p);
      const matched = new Set<number>();
      const fps: string[] = [];
      for (const x of predicted) {
        const gi = groups.findIndex((forms) => forms.includes(x));
        if (gi >= 0) matched.add(gi);
        else fps.push(x);
      }
      const fns = groups.filter((_, i) => !matched.has(i)).map((forms) => forms[0]);
      tally[t].tp += matched.size;
      tally[t].fp += fps.length;
      tally[t].fn += fns.length;
      if (fps.length || fns.length) errors.push({ id: g.id, type: t, falsePositives: fps, missed: fns });
    }
  }
  const goldCountries = new Map(
    gold.map((g) => [
      g.id,
      new Set(((g.gold.countries ?? []) as unknown[]).map((c) => String(c).toUpperCase())),
    ]),
  );
  const predCountries = new Map(gold.map((g) => [g.id, new Set(predsOf('countries', preds.get(g.id)))]));
  const allCodes = [...new Set([...goldCountries.values()].flatMap((s) => [...s]))].sort();
  const pair = { tp: 0, fp: 0, fn: 0 };
  for (let i = 0; i < allCodes.length; i++) {
    for (let j = i + 1; j < allCodes.length; j++) {
      const a = allCodes[i];
      const b = allCodes[j];
      for (const g of gold) {
        const inGold = goldCountries.get(g.id)!.has(a) && goldCountries.get(g.id)!.has(b);
        const inPred = predCountries.get(g.id)!.has(a) && predCountries.get(g.id)!.has(b);
        if (inGold && inPred) pair.tp++;
        else if (inPred) pair.fp++;
        else if (inGold) pair.fn++;
      }
    }
  }
  return {
    articles: gold.length,
    predictionsFound: gold.filter((g) => preds.has(g.id)).length,
    countries: prf(tally.countries),
    people: prf(tally.people),
    organizations: prf(tally.organizations),
    places: prf(tally.places),
    countryPairs: prf(pair),
    errors,
  };
}

/** The text table score.mjs prints (without --json). */
export function formatScore(result: ScoreResult, verbose = false): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const lines = [
    `articles ${result.articles}, with predictions ${result.predictionsFound}`,
    'type            precision  recall     F1     tp   fp   fn',
  ];
  for (const t of [...SCORE_TYPES, 'countryPairs'] as const) {
    const r = result[t];
    lines.push(
      `${t.padEnd(14)}  ${pct(r.precision)}   ${pct(r.recall)}  ${pct(r.f1)}  ${String(r.tp).padStart(5)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}`,
    );
  }
  if (verbose) {
    for (const e of result.errors) {
      lines.push(`${e.id} ${e.type}: +[${e.falsePositives.join('; ')}] -[${e.missed.join('; ')}]`);
    }
  }
  return lines.join('\n') + '\n';
}

/** The --json output of score.mjs. */
export function scoreJson(result: ScoreResult, verbose = false): string {
  const { errors, ...rest } = result;
  return JSON.stringify(verbose ? { ...rest, errors } : rest, null, 2) + '\n';
}
