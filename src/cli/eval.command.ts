/**
 * `content-graph eval GOLD.jsonl... [--verbose] [--min-f1 type=value,...]`: extracts every gold
 * article, scores like ../shared/eval/score.mjs (same table, same numbers) and prints throughput
 * (MB/s = UTF-8 bytes of title + body / seconds spent inside extract()). With floors, `passed` is
 * false when an F1 is below its floor.
 */
import { performance } from 'node:perf_hooks';
import { createExtractor, toScorerPrediction, type ScorerPrediction } from '../extraction';
import type { Extractor } from '../extraction/types';
import { formatScore, readJsonl, score, type GoldArticle, type ScoreResult } from '../extraction/score';

export interface EvalOptions {
  verbose?: boolean;
  /** "countries=0.97,people=0.92" (types: countries, people, organizations, places, countryPairs). */
  minF1?: string;
  /** Alias of minF1. */
  floors?: string;
  extractor?: Extractor;
  out?: NodeJS.WritableStream;
}

export interface EvalReport extends ScoreResult {
  bytes: number;
  seconds: number;
  passes: number;
  firstPassSeconds: number;
  mbPerSecond: number;
  /** Same bytes per second of this process's CPU time (user + system, includes GC threads). */
  mbPerCpuSecond: number;
  loadSeconds: number;
  floors: Record<string, number>;
  failures: string[];
  passed: boolean;
  predictions: ScorerPrediction[];
}

const FLOOR_TYPES = new Set(['countries', 'people', 'organizations', 'places', 'countryPairs']);

export function parseFloors(spec: string | undefined): Record<string, number> {
  const floors: Record<string, number> = {};
  if (!spec) return floors;
  for (const part of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [k, v] = part.split('=');
    const n = Number(v);
    if (!k || !FLOOR_TYPES.has(k) || !Number.isFinite(n))
      throw new Error(`bad floor "${part}" (use type=0.9)`);
    floors[k] = n;
  }
  return floors;
}

export async function runEvalCommand(goldFiles: string[], opts: EvalOptions = {}): Promise<EvalReport> {
  const out = opts.out ?? process.stdout;
  const floors = parseFloors(opts.minF1 ?? opts.floors);
  const t0 = performance.now();
  const extractor = opts.extractor ?? createExtractor();
  const loadSeconds = (performance.now() - t0) / 1000;
  const gold: GoldArticle[] = goldFiles.flatMap((f) => readJsonl<GoldArticle>(f));
  const predictions: ScorerPrediction[] = [];
  let bytes = 0;
  let ms = 0;
  const cpu0 = process.cpuUsage();
  for (const g of gold) {
    const title = typeof g.title === 'string' ? g.title : '';
    const body = typeof g.body === 'string' ? g.body : '';
    bytes += Buffer.byteLength(title, 'utf8') + Buffer.byteLength(body, 'utf8');
    const s = performance.now();
    const result = extractor.extract({ title, body });
    ms += performance.now() - s;
    predictions.push(toScorerPrediction(g.id, result));
  }
  const result = score(gold, predictions);
  const firstPassSeconds = ms / 1000;
  // Throughput: the first pass includes JIT warm-up, so the gold set is extracted again until about
  // two seconds of extraction time have accumulated (at most 200 passes); MB/s is over all passes.
  let passes = 1;
  let totalBytes = bytes;
  while (ms < 2000 && passes < 200 && bytes > 0) {
    for (const g of gold) {
      const title = typeof g.title === 'string' ? g.title : '';
      const body = typeof g.body === 'string' ? g.body : '';
      const s = performance.now();
      extractor.extract({ title, body });
      ms += performance.now() - s;
    }
    totalBytes += bytes;
    passes++;
  }
  const cpu = process.cpuUsage(cpu0);
  // CPU time of this process over the same passes: robust to other processes competing for the cores
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mbPerCpuSecond = cpuSeconds > 0 ? totalBytes / 1e6 / cpuSeconds : Infinity;
  const seconds = ms / 1000;
  const mbPerSecond = seconds > 0 ? totalBytes / 1e6 / seconds : Infinity;
  const failures: string[] = [];
  for (const [k, v] of Object.entries(floors)) {
    const f1 = result[k as keyof ScoreResult] as { f1: number };
    if (f1.f1 < v) failures.push(`${k} F1 ${f1.f1.toFixed(3)} < floor ${v}`);
  }
  out.write(formatScore(result, !!opts.verbose));
  out.write(
    `throughput      ${mbPerSecond.toFixed(2)} MB/s (${(totalBytes / 1e6).toFixed(3)} MB in ${seconds.toFixed(3)} s over ${passes} passes; ` +
      `first pass ${(bytes / 1e6 / Math.max(firstPassSeconds, 1e-9)).toFixed(2)} MB/s; ` +
      `${mbPerCpuSecond.toFixed(2)} MB per CPU-second; gazetteer load ${loadSeconds.toFixed(2)} s)\n`,
  );
  for (const f of failures) out.write(`FAIL ${f}\n`);
  return {
    ...result,
    bytes,
    seconds,
    passes,
    firstPassSeconds,
    mbPerSecond,
    mbPerCpuSecond,
    loadSeconds,
    floors,
    failures,
    passed: failures.length === 0,
    predictions,
  };
}
