import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runEvalCommand, parseFloors } from '../../src/cli/eval.command';
import { runExtractCommand } from '../../src/cli/extract.command';

const fixtures = resolve(__dirname, '../fixtures/extraction');

function sink() {
  const s = new PassThrough();
  const chunks: string[] = [];
  s.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  return { s, text: () => chunks.join('') };
}

describe('extract command', () => {
  it('prints one prediction line per valid article and reports bad lines as file:line', async () => {
    const out = sink();
    const err = sink();
    const file = join(fixtures, 'articles.jsonl');
    await runExtractCommand(file, out.s, { err: err.s });
    const lines = out
      .text()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a1', 'a3']);
    expect(lines[0].countries).toEqual(['CN', 'KR']);
    expect(lines[0].people).toEqual(['Min Jae Ho']);
    expect(lines[0].places).toEqual([['Beijing', 'CN']]);
    expect(lines[1].countries).toEqual([]);
    expect(lines[1].people.sort()).toEqual(['Chad Moore', 'Jordan Ellis']);
    expect(lines[1].organizations).toEqual(['Riverton Comets']);
    const errors = err.text();
    expect(errors).toContain(`${file}:2: malformed JSON`);
    expect(errors).toContain(`${file}:3: no title or body`);
    expect(errors).toContain(`${file}:4: not a JSON object`);
  });
});

describe('eval command', () => {
  it('scores gold files, prints the table and throughput, and applies F1 floors', async () => {
    const out = sink();
    const gold = join(fixtures, 'gold.jsonl');
    const report = await runEvalCommand([gold], { out: out.s });
    expect(report.articles).toBe(4);
    expect(report.passed).toBe(true);
    expect(report.mbPerSecond).toBeGreaterThan(0);
    expect(out.text()).toMatch(/^articles 4, with predictions 4\ntype {12}precision/);
    expect(out.text()).toMatch(/throughput +[\d.]+ MB\/s/);
    const failing = await runEvalCommand([gold], { out: sink().s, minF1: 'countries=1.01,people=0' });
    expect(failing.passed).toBe(false);
    expect(failing.failures).toHaveLength(1);
    expect(failing.failures[0]).toMatch(/^countries F1/);
  });

  it('rejects malformed floors', () => {
    expect(parseFloors('countries=0.9, places=0.8')).toEqual({ countries: 0.9, places: 0.8 });
    expect(() => parseFloors('nations=0.9')).toThrow(/bad floor/);
    expect(() => parseFloors('people=x')).toThrow(/bad floor/);
  });
});
