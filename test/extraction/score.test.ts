import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatScore,
  readJsonl,
  score,
  scoreJson,
  scoreNorm,
  type GoldArticle,
} from '../../src/extraction/score';

const fixtures = resolve(__dirname, '../fixtures/extraction');
const gold = join(fixtures, 'gold.jsonl');
const pred = join(fixtures, 'pred.jsonl');
// the reference scorer lives beside the repository (../shared/eval), as in CI
const reference = resolve(__dirname, '../../../shared/eval/score.mjs');

describe('score (port of score.mjs)', () => {
  const result = score(readJsonl<GoldArticle>(gold), readJsonl(pred));

  it('normalizes names like the scorer', () => {
    expect(scoreNorm('  Kim  Jong-un ')).toBe('kim jong un');
    expect(scoreNorm('São Paulo')).toBe('sao paulo');
    expect(scoreNorm("O'Neil’s U.S.")).toBe('oneils us');
  });

  it('computes micro P/R/F1 per type and country pairs', () => {
    expect(result.articles).toBe(4);
    expect(result.predictionsFound).toBe(3);
    expect(result.countries).toMatchObject({ tp: 5, fp: 1, fn: 2 });
    expect(result.people).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(result.organizations).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(result.places).toMatchObject({ tp: 4, fp: 1, fn: 0 });
    expect(result.countries.precision).toBeCloseTo(5 / 6, 10);
  });

  it('gives exactly the numbers and text of ../shared/eval/score.mjs', () => {
    // Never skipped: CI checks ../shared out beside the repository, and so must a local run.
    if (!existsSync(reference)) {
      throw new Error(
        `the reference scorer ${reference} is missing: check out ../shared beside the repository`,
      );
    }
    const refJson = JSON.parse(
      execFileSync(process.execPath, [reference, gold, pred, '--json'], { encoding: 'utf8' }),
    );
    const { errors: _errors, ...mine } = result;
    void _errors;
    expect(mine).toEqual(refJson);
    const refVerbose = JSON.parse(
      execFileSync(process.execPath, [reference, gold, pred, '--json', '--verbose'], { encoding: 'utf8' }),
    );
    expect(JSON.parse(scoreJson(result, true))).toEqual(refVerbose);
    const refText = execFileSync(process.execPath, [reference, gold, pred, '--verbose'], {
      encoding: 'utf8',
    });
    expect(formatScore(result, true)).toBe(refText);
  });
});
