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

  it('treats the start of the text as a line start', () => {
    const [first] = tokenize('Seoul said');
    expect(first.spaceBefore).toBe(true);
    expect(first.nlBefore).toBe(true);
  });

  it('marks kept abbreviations with their own kind', () => {
    expect(tokenize('Mr. Lee')[0]).toMatchObject({ text: 'Mr.', kind: 'abbr' });
  });

  it('sets cap on an upper-case first letter, ASCII or not', () => {
    const cap = (word: string) => tokenize(word)[0].cap;
    expect(cap('the')).toBe(false);
    expect(cap('Lee')).toBe(true);
    expect(cap('Émile')).toBe(true);
    expect(cap('émile')).toBe(false);
    // a digit is not a letter
    expect(cap('1990s')).toBe(false);
  });

  it('sets upper only when every letter is upper case and there are at least two', () => {
    const upper = (word: string) => tokenize(word)[0].upper;
    // two or more capitals, ASCII or accented
    expect(upper('NZ')).toBe(true);
    expect(upper('U.S.')).toBe(true);
    expect(upper('ÖBB')).toBe(true);
    expect(upper('ČT')).toBe(true);
    // one letter: a capital with a combining grave accent is still one letter
    expect(upper('A')).toBe(false);
    expect(upper('A\u0300')).toBe(false);
    // the period of an initial is not a letter: "J." in "Michael J. Fox" is not an acronym
    expect(upper('J.')).toBe(false);
    // any lower-case letter, ASCII (first and last of the alphabet) or accented
    expect(upper('Xi')).toBe(false);
    expect(upper('NaOH')).toBe(false);
    expect(upper('MHz')).toBe(false);
    expect(upper('Zé')).toBe(false);
  });

  it('marks a plural possessive only for a word in s followed by an apostrophe and a space or the end', () => {
    const flag = (text: string, word: string) => tokenize(text).find((t) => t.text === word)!.possessive;
    expect(flag("the Workers' Party", 'Workers')).toBe(true);
    expect(flag('Next door is the Joneses’', 'Joneses')).toBe(true);
    // a comma is not an apostrophe
    expect(flag('The officials, he said', 'officials')).toBe(false);
    // closing single quotes: after a word not in s, or followed by a comma
    expect(flag("They called it 'Operation Lost' yesterday", 'Lost')).toBe(false);
    expect(flag("He called them 'rebels', not soldiers", 'rebels')).toBe(false);
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
  it('numbers the tokens of each sentence', () => {
    const text = 'Rain fell. Roads closed.';
    const ts = tokenize(text);
    expect(splitSentences(text, ts)).toHaveLength(2);
    expect(ts.map((t) => t.sent)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('ends a sentence at a line break even without punctuation', () => {
    expect(sentences('Floods hit Busan\nThe port closed.')).toEqual(['Floods hit Busan', 'The port closed.']);
  });

  it('ends sentences at "!", "?" and "…", however short', () => {
    expect(sentences('Stop! They left.')).toEqual(['Stop!', 'They left.']);
    expect(sentences('It failed. Why? Nobody knows.')).toEqual(['It failed.', 'Why?', 'Nobody knows.']);
    expect(sentences('We waited… The bus never came.')).toEqual(['We waited…', 'The bus never came.']);
  });

  it('ends a sentence after a company suffix but not after a title before a name like An', () => {
    expect(sentences('He works at Acme Corp. The company grew.')).toEqual([
      'He works at Acme Corp.',
      'The company grew.',
    ]);
    expect(sentences('Mr. An said the talks would resume.')).toEqual(['Mr. An said the talks would resume.']);
  });

  it('ends the text cleanly after an initialism or a company suffix', () => {
    expect(sentences('Tariffs came from the U.S.')).toEqual(['Tariffs came from the U.S.']);
    expect(sentences('He works at Acme Corp.')).toEqual(['He works at Acme Corp.']);
  });

  it('keeps a closing quote at the end of the text, and a period after it, with the sentence', () => {
    expect(sentences('She said: "We won."')).toEqual(['She said: "We won."']);
    expect(sentences('He asked "Why?". Then he left.')).toEqual(['He asked "Why?".', 'Then he left.']);
  });

  it('keeps a closing quote glued to the next word (a lost paragraph break) with its sentence', () => {
    expect(sentences('"We won."The team left.')).toEqual(['"We won."', 'The team left.']);
  });

  it('keeps closing guillemets set off by a space with their sentence', () => {
    expect(sentences('Il a dit : « Nous avons gagné. »')).toEqual(['Il a dit : « Nous avons gagné. »']);
    expect(sentences('« Nous avons gagné. » Il est parti.')).toEqual([
      '« Nous avons gagné. »',
      'Il est parti.',
    ]);
    expect(sentences('He said: « We won. ». Then he left.')).toEqual([
      'He said: « We won. ».',
      'Then he left.',
    ]);
  });
});
