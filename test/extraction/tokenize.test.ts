import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../src/extraction/tokenize';

const sentences = (text: string) => {
  const ts = tokenize(text);
  return splitSentences(text, ts).map((s) => text.slice(s.start, s.end));
};

describe('tokenize', () => {
  it('keeps character offsets that point back into the text', () => {
    const text = 'Señor Peña visited Zürich — and Kraków.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.start + t.text.length)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toContain('Peña');
  });

  it('keeps initialisms and abbreviations as one token with their periods', () => {
    const ts = tokenize('Mr. Smith of the U.S. met C.C. Wei in Davie, Fla., on Jan. 5 at No. 10.');
    const texts = ts.map((t) => t.text);
    expect(texts).toContain('Mr.');
    expect(texts).toContain('U.S.');
    expect(texts).toContain('C.C.');
    expect(texts).toContain('Fla.');
    expect(texts).toContain('Jan.');
    expect(texts).toContain('No.');
    expect(ts.find((t) => t.text === 'U.S.')!.kind).toBe('initialism');
  });

  it('only treats a state abbreviation as one after a comma', () => {
    expect(tokenize('He lives in Davie, Fla., now').map((t) => t.text)).toContain('Fla.');
    expect(tokenize('They saw Miss. Then left').map((t) => t.text)).not.toContain('Miss.');
  });

  it('marks possessives and strips them from the base', () => {
    const ts = tokenize("Beijing’s bid and Seoul's plan and the Workers’ Party");
    const bj = ts.find((t) => t.text === 'Beijing’s')!;
    expect(bj.possessive).toBe(true);
    expect(bj.base).toBe('Beijing');
    expect(bj.end - bj.start).toBe('Beijing'.length);
    expect(ts.find((t) => t.text === "Seoul's")!.base).toBe('Seoul');
    expect(ts.find((t) => t.text === 'Workers')!.possessive).toBe(true);
  });

  it('splits hyphenated names into parts joined without spaces', () => {
    const ts = tokenize('Kim Jong-un spoke');
    expect(ts.map((t) => t.text)).toEqual(['Kim', 'Jong', '-', 'un', 'spoke']);
    expect(ts[2].spaceBefore).toBe(false);
    expect(ts[3].spaceBefore).toBe(false);
  });
});

describe('splitSentences', () => {
  it('does not split after titles, months, "No." or initials inside a sentence', () => {
    expect(sentences('Mr. Lee met Gen. Park on Jan. 4 at No. 10 Downing Street. They talked.')).toEqual([
      'Mr. Lee met Gen. Park on Jan. 4 at No. 10 Downing Street.',
      'They talked.',
    ]);
  });

  it('ends a sentence after "U.S." when a new sentence clearly starts', () => {
    expect(sentences('Tariffs came from the U.S. The market fell.')).toEqual([
      'Tariffs came from the U.S.',
      'The market fell.',
    ]);
    expect(sentences('The U.S. Army moved.')).toEqual(['The U.S. Army moved.']);
  });

  it('keeps closing quotes with their sentence and breaks at line ends', () => {
    expect(sentences('"We will go," she said. "Now."\nHeadline here')).toEqual([
      '"We will go," she said.',
      '"Now."',
      'Headline here',
    ]);
  });
});
