import { describe, expect, it } from 'vitest';
import { countries, names, run } from './helpers';

describe('bad input', () => {
  it('empty text gives an empty result', () => {
    expect(run('', '').entities).toEqual([]);
  });

  it('text without capital letters gives an empty result', () => {
    expect(run('the president of china met the leader of north korea in beijing.').entities).toEqual([]);
  });

  it('survives HTML markup and still reads the text', () => {
    const r = run('<html><body><p>President <b>Xi Jinping</b> visited <i>Seoul</i>.</p></body></html>');
    expect(names(r, 'PERSON')).toEqual(['Xi Jinping']);
    expect(countries(r)).toEqual(['KR']);
  });

  it('survives emoji, control characters and right-to-left text', () => {
    const r = run(
      '🔥😀 \u0000\u0007\u001b President Xi Jinping \u202e met \u200f officials in Seoul. الرئيس الصيني شي جين بينغ في بكين',
    );
    expect(names(r, 'PERSON')).toEqual(['Xi Jinping']);
    expect(countries(r)).toEqual(['KR']);
    expect(run('שלום עולם مرحبا بالعالم').entities).toEqual([]);
  });

  it('handles 5 MB of text in linear time', () => {
    const para =
      'Chinese President Xi Jinping met South Korean President Lee Jae Myung in Beijing on Monday, Reuters reported. ' +
      'The Harrison Township Fire Department said the U.S. and Japan would help.\n\n';
    const small = para.repeat(500);
    const big = para.repeat(Math.ceil(5_000_000 / para.length)); // 5 MB
    let t = performance.now();
    run(small);
    const tSmall = performance.now() - t;
    t = performance.now();
    const r = run(big);
    const tBig = performance.now() - t;
    expect(big.length).toBeGreaterThanOrEqual(5_000_000);
    expect(countries(r)).toEqual(['CN', 'JP', 'KR', 'US']);
    // 50× the text must not take much more than 50× the time (quadratic would be 2500×)
    expect(tBig).toBeLessThan(Math.max(tSmall, 5) * 200);
    expect(tBig).toBeLessThan(30_000);
  });

  it('has no catastrophic cases on long runs of capitals, titles or punctuation', () => {
    for (const text of [
      'Aa Bb Cc Dd '.repeat(20_000),
      'President '.repeat(20_000),
      '((((("""""'.repeat(20_000),
      'A'.repeat(200_000),
      'U.S.'.repeat(50_000),
      'Kim-'.repeat(50_000),
    ]) {
      const t = performance.now();
      run(text);
      expect(performance.now() - t).toBeLessThan(10_000);
    }
  });

  it('tolerates non-string fields', () => {
    const r = run(undefined as unknown as string, null as unknown as string);
    expect(r.entities).toEqual([]);
  });
});
