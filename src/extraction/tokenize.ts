/**
 * Tokenizer and sentence splitter with character offsets (UTF-16, end exclusive).
 *
 * Linear time: one sticky regular expression without nested quantifiers walks the text once.
 * Abbreviations keep their period ("Mr.", "Jan.", "Corp.", "Fla."), initialisms are one token
 * ("U.S.", "N.C.", "C.C."), possessives are marked and stripped ("Xi’s" → base "Xi").
 */

export type TokenKind = 'word' | 'initialism' | 'initial' | 'abbr' | 'num' | 'punct';

export interface Token {
  /** Surface text as in the source. */
  text: string;
  /** Text without a possessive ending ("Beijing’s" → "Beijing"). */
  base: string;
  kind: TokenKind;
  start: number;
  /** End offset of `base` (the possessive ending excluded). */
  end: number;
  /** Whitespace precedes the token (false for "-un" in "Jong-un"). */
  spaceBefore: boolean;
  /** A line break precedes the token. */
  nlBefore: boolean;
  /** Possessive: "X’s", "X's", or plural "Workers’". */
  possessive: boolean;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** All letters upper case and at least two letters. */
  upper: boolean;
  /** Index of the sentence the token belongs to. */
  sent: number;
  /** Cached gazetteer key (see gazetteer.tokenKey). */
  key?: string;
  /** Cached lower-case base without a final period. */
  lower?: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

/** Abbreviations that keep their period and never end a sentence by themselves. */
const TITLE_ABBR = new Set(
  (
    'mr mrs ms mx dr prof gov gen sen rep lt col maj capt sgt cpl adm cmdr brig st ste mt ft jr sr rev hon pres ' +
    'supt insp det vs etc al approx'
  ).split(' '),
);
/** Abbreviations that are words too ("Mar", "No"): an abbreviation only before a number ("Jan. 5", "No. 10"). */
const NUMBER_ABBR = new Set('jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig'.split(' '));
const DIGIT_AFTER_RE = /^\.\s{0,3}\d/;
/** Abbreviations that may end a sentence (company suffixes). */
const SUFFIX_ABBR = new Set('corp inc co ltd bros dept univ assn plc'.split(' '));
/** AP-style state abbreviations: an abbreviation only after a comma ("Davie, Fla."). */
const STATE_ABBR = new Set(
  'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn vt va wash wis wyo'.split(
    ' ',
  ),
);

const SENTENCE_STARTERS = new Set(
  'the a an he she it they we i this that these those but and in on at his her their its there however still after before'.split(
    ' ',
  ),
);

// initialism (U.S., N.C., W.Va.) | single initial (J.) | word with inner apostrophes/dots? | number | whitespace | other
const TOKEN_RE =
  /(\p{L}\.(?:\p{L}{1,2}\.)+)|(\p{Lu}\.)(?![\p{L}\p{N}])|([\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*)|(\s+)|([\s\S])/uy;

const UPPER_RE = /^\p{Lu}/u;
const HAS_LOWER_RE = /\p{Ll}/u;
const LETTER_RE = /\p{L}/u;

function isUpperStart(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(s);
}

/** At least two letters and no lower-case letter ("UN", "U.S.", "HTFD"; not "A", "Xi"). */
function isAllUpper(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 97 && c <= 122) return false;
    else if (c >= 128) {
      const ch = s[i];
      if (HAS_LOWER_RE.test(ch)) return false;
      if (LETTER_RE.test(ch)) letters++;
    }
  }
  return letters >= 2;
}
const DIGITS_ONLY_RE = /^[\p{N}]+$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let spaceBefore = true;
  let nlBefore = true;
  let m: RegExpExecArray | null;
  while (TOKEN_RE.lastIndex < text.length && (m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    if (m[4] !== undefined) {
      spaceBefore = true;
      if (m[4].includes('\n')) nlBefore = true;
      continue;
    }
    let t = m[0];
    let kind: TokenKind;
    if (m[1] !== undefined) kind = 'initialism';
    else if (m[2] !== undefined) kind = 'initial';
    else if (m[3] !== undefined) kind = DIGITS_ONLY_RE.test(t) ? 'num' : 'word';
    else kind = 'punct';
    // word followed by "." that is a known abbreviation: keep the period
    if (kind === 'word' && text.charCodeAt(start + t.length) === 46 /* . */) {
      const low = t.toLowerCase();
      const prev = tokens.length ? tokens[tokens.length - 1] : undefined;
      if (
        TITLE_ABBR.has(low) ||
        SUFFIX_ABBR.has(low) ||
        (NUMBER_ABBR.has(low) && DIGIT_AFTER_RE.test(text.slice(start + t.length, start + t.length + 5))) ||
        (STATE_ABBR.has(low) && prev !== undefined && prev.text === ',' && UPPER_RE.test(t))
      ) {
        t += '.';
        kind = 'abbr';
        TOKEN_RE.lastIndex = start + t.length;
      }
    }
    let base = t;
    let possessive = false;
    if (kind === 'word' && t.length > 2) {
      const tail = t.slice(-2);
      if (tail === "'s" || tail === '’s') {
        base = t.slice(0, -2);
        possessive = true;
      }
    }
    const cap = kind !== 'punct' && kind !== 'num' && isUpperStart(base);
    tokens.push({
      text: t,
      base,
      kind,
      start,
      end: start + base.length,
      spaceBefore,
      nlBefore,
      possessive,
      cap,
      upper: cap && isAllUpper(base),
      sent: 0,
    });
    spaceBefore = false;
    nlBefore = false;
  }
  // plural possessive: "Workers’ Party" → Workers (possessive) + apostrophe dropped
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (
      a.kind === 'word' &&
      (b.text === '’' || b.text === "'") &&
      !b.spaceBefore &&
      /s$/i.test(a.text) &&
      (i + 2 >= tokens.length || tokens[i + 2].spaceBefore)
    ) {
      a.possessive = true;
    }
  }
  return tokens;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Splits tokens into sentences and sets `token.sent`. Line breaks always end a sentence. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endTok: number) => {
    if (endTok <= first) return;
    const s = sentences.length;
    for (let k = first; k < endTok; k++) tokens[k].sent = s;
    const last = tokens[endTok - 1];
    sentences.push({
      start: tokens[first].start,
      end: last.start + last.text.length,
      tokenStart: first,
      tokenEnd: endTok,
    });
    first = endTok;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > first && t.nlBefore) close(i);
    let ends = false;
    if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…')) {
      ends = true;
    } else if ((t.kind === 'initialism' || t.kind === 'abbr') && t.text.endsWith('.')) {
      const low = t.text.slice(0, -1).toLowerCase();
      const next = tokens[i + 1];
      if (next === undefined || next.nlBefore) ends = true;
      else if (
        !TITLE_ABBR.has(low) &&
        !NUMBER_ABBR.has(low) &&
        next.cap &&
        SENTENCE_STARTERS.has(next.text.toLowerCase())
      )
        ends = true;
    }
    if (ends) {
      let j = i + 1;
      while (
        j < tokens.length &&
        CLOSERS.has(tokens[j].text) &&
        !tokens[j].nlBefore &&
        // an opening quote of the next sentence: space before, word glued after
        !(
          tokens[j].spaceBefore &&
          j + 1 < tokens.length &&
          !tokens[j + 1].spaceBefore &&
          tokens[j + 1].kind !== 'punct'
        )
      )
        j++;
      // "...)." or '."' keep closers; a following '.' after an initialism is absorbed too
      while (j < tokens.length && tokens[j].text === '.' && !tokens[j].nlBefore) j++;
      close(j);
      i = j - 1;
    }
  }
  close(tokens.length);
  void text;
  return sentences;
}
