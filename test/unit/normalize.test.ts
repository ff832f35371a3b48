import { describe, expect, it } from 'vitest';
import { normName, placeKey } from '../../src/extraction/normalize';

/**
 * The comparison rule of the reference scorer (../shared/eval/score.mjs; GUIDELINES.md: "case,
 * accents, hyphens and extra spaces are ignored"), restated step by step: NFKD, combining marks
 * dropped, lowercase, every hyphen or dash a space, periods and apostrophes dropped, runs of
 * white space one space, trimmed. `normName` takes shortcuts for plain ASCII, so it is checked
 * against this plain statement of the rule on many generated strings.
 */
function scorerRule(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015-]/g, ' ')
    .replace(/[.'\u2019]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Deterministic generator (mulberry32), so a failure names a string that can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'a', 'z', 'K', 'Q', '0', '9', ' ', '  ', '\t', '\n', '-', '\u2010', '\u2013', '\u2014', '\u2015',
  '.', "'", '\u2019', 'é', 'Ñ', 'ü', 'ø', 'ß', 'İ', 'ﬁ', '²', 'Jong', 'un', 'St', 'ste', '_', '&', ',',
]; // prettier-ignore

describe('normName', () => {
  it.each([
    ['kim jong un', 'kim jong un'],
    ['Kim Jong-un', 'kim jong un'],
    ['KIM JONG UN', 'kim jong un'],
    ['Kim  Jong\u2013Un', 'kim jong un'],
    ['  U.S.  ', 'us'],
    ["O'Brien", 'obrien'],
    ['O\u2019Brien', 'obrien'],
    ['Peña Nieto', 'pena nieto'],
    ['Zürich', 'zurich'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ['Jean-Pierre\u00a0Raffarin', 'jean pierre raffarin'],
    ['AT&T', 'at&t'],
    ['a  b', 'a b'],
    ['a b ', 'a b'],
    ['abc', 'abc'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normName(input)).toBe(expected);
  });

  it('agrees with the scorer rule on 5,000 generated strings, ASCII and not', () => {
    const next = random(20261206);
    const disagreements: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const length = 1 + Math.floor(next() * 8);
      let s = '';
      for (let j = 0; j < length; j++) s += PIECES[Math.floor(next() * PIECES.length)];
      if (normName(s) !== scorerRule(s)) disagreements.push(JSON.stringify(s));
    }
    expect(disagreements).toEqual([]);
  });
});

describe('placeKey', () => {
  it.each([
    ['St. Louis', 'saint louis'],
    ['St Petersburg', 'saint petersburg'],
    ['Ste. Genevieve', 'sainte genevieve'],
    ['Port St. Lucie', 'port saint lucie'],
    ['Mount St Helens', 'mount saint helens'],
    ['Sault Ste. Marie', 'sault sainte marie'],
    ['Stuttgart', 'stuttgart'],
    ['Bucharest', 'bucharest'],
    ['East St', 'east st'],
    ['Zürich', 'zurich'],
  ])('%j → %j', (input, expected) => {
    expect(placeKey(input)).toBe(expected);
  });
});
