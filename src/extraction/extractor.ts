/**
 * The rule + gazetteer extractor. See docs/extraction.md for the rules.
 *
 * Pipeline per article: tokenize → sentences → (body) dateline and credit lines → capitalized
 * chunks → classification (titles, gazetteers, organization/place suffixes, teams, person
 * heuristics) → short forms resolved against full names (coreference) → context decisions
 * (Georgia, Korean, Congo) → (title) matched against gazetteers and the body's entities →
 * entities with evidence and salience.
 */
import type {
  ArticleField,
  EntityKind,
  ExtractedEntity,
  ExtractionInput,
  ExtractionResult,
  MentionEvidence,
} from './types';
import { normName, placeKey } from './normalize';
import { splitSentences, tokenize, type Sentence, type Token } from './tokenize';
import { matchAt, type GazEntry, type Gazetteer } from './gazetteer';
import {
  CLUB_PREFIXES,
  CLUB_SUFFIXES,
  COMMON_CAPS,
  EAST_ASIAN_SURNAMES,
  FIRST_NAMES,
  GOV_ORG_HEADS,
  NAME_PARTICLES,
  NON_ENTITY_SUFFIXES,
  NON_NAME_WORDS,
  NON_ORG_ACRONYMS,
  ORG_CONNECTORS,
  ORG_LEADS,
  ORG_SUFFIXES,
  PLACE_SUFFIXES,
  ROLE_NOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WEAK_ORG_SUFFIXES,
} from './reference/lexicon';

/** Maximum evidence entries kept per entity (count keeps the full number). */
const MAX_EVIDENCE = 50;
/** Longest capitalized run classified as a whole; longer runs are only scanned for gazetteer names. */
const MAX_CHUNK_WORDS = 10;

const COMPANY_SUFFIXES = new Set(
  (
    'corp corporation co company inc incorporated ltd limited llc plc group holdings technologies technology ' +
    'electronics entertainment motors industries systems networks communications semiconductor energy'
  ).split(' '),
);
const HYPHEN_MODIFIERS = new Set(
  (
    'era led based backed born made owned run style linked controlled funded sponsored bound centric focused ' +
    'related friendly wide level year old type class like free specific listed registered flagged allied ' +
    'aligned affiliated designed built trained educated headquartered language'
  ).split(' '),
);
/** "X-based Y", "X-run Y": Y is the organization, X where it is (a place or country). */
const ORG_AFTER_MODIFIERS = new Set(
  'based headquartered owned run listed registered controlled operated'.split(' '),
);
/** Country and city names that are also given names ("Kenya Barnes", "Georgia Ellis"). */
const GIVEN_NAME_PLACES = new Set(
  'georgia jordan chad kenya israel india asia america paris sydney florence victoria austin dallas houston savannah madison chelsea brooklyn phoenix sierra'.split(
    ' ',
  ),
);
/** Honorifics that are part of a name when they follow a given name ("Hassan Sheikh Mohamud"). */
const NAME_HONORIFICS = new Set(['sheikh', 'sheik', 'khan', 'mirza', 'syed']);
/** First words that make a run an organization ("Air India", "Radio Canada", "Banco Santander"). */
const ORG_PREFIX_HEADS = new Set('air radio banco banca banque grupo groupe'.split(' '));
const PLACE_PREPS = new Set(
  'in at from near to outside across toward towards via into around through inside throughout visit visited'.split(
    ' ',
  ),
);
const DAYS_MONTHS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december'
  ).split(' '),
);
/** Lower-case nouns that make the capitalized name before them a place. */
const PLACE_NOUNS = new Set(
  (
    'basin river region province prefecture county district valley island islands peninsula coast sea bay ' +
    'strait mountains desert delta plateau lake state city town village township municipality nation oblast ' +
    'substation formation oilfield gasfield dam reservoir'
  ).split(' '),
);
const APPOSITIVE_PLACE_NOUNS = new Set(
  'state province region city town village district island islands county prefecture municipality enclave territory port oblast governorate'.split(
    ' ',
  ),
);
/** "X nuclear plant", "X gas field": a modifier + site noun after a name makes it a place. */
const SITE_MODIFIERS = new Set(
  'nuclear power gas oil oilfield shale coal hydropower hydroelectric hydro solar wind geothermal copper gold lithium iron uranium naval air military refugee'.split(
    ' ',
  ),
);
const SITE_NOUNS = new Set(
  'plant station field fields formation reactor reactors dam mine mines project site base camp complex terminal'.split(
    ' ',
  ),
);
/** Plural business nouns before "such as" / "including" ("housebuilders", "miners", "lenders"). */
const BUSINESS_PLURALS =
  /(builders|makers|miners|lenders|banks|insurers|retailers|companies|firms|carriers|airlines|brands|groups|operators|producers|developers|suppliers|clubs|teams|outlets|newspapers|broadcasters|agencies|stocks|shares)$/;
/** Lower-case nouns that make a capitalized name next to them an organization. */
const ORG_NOUNS = new Set(
  (
    'agency company firm group corporation conglomerate carrier airline automaker carmaker chipmaker maker ' +
    'broadcaster newspaper daily tabloid outlet network retailer lender bank insurer regulator watchdog ' +
    'startup subsidiary unit brand label manufacturer supplier producer exporter operator developer ' +
    'party coalition militia organisation organization charity foundation ministry station radio ' +
    'television publisher channel consortium ngo nonprofit cartel federation club insurer'
  ).split(' '),
);
const LANGUAGE_VERBS = new Set(
  'speak speaks spoke spoken speaking fluent translated written write writes wrote sang sing sings dubbed taught learn learned'.split(
    ' ',
  ),
);
const ROYAL_TITLES = new Set('king queen prince princess pope emperor empress'.split(' '));
/** Regnal numbers after a name ("Charles III"). */
const REGNAL_RE = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3}|XI{1,3}|XIV|XV|XVI{1,3})$/;
const RESIDENT_NOUNS = new Set(
  'man woman men women boy girl teen teenager resident residents native driver'.split(' '),
);
const COMPASS = new Set(
  (
    'north south east west northeast northwest southeast southwest north-east north-west south-east south-west ' +
    'outskirts suburbs suburb heart centre center outside city town village'
  ).split(' '),
);
const SPEECH_VERBS = new Set(
  'said says told added asked wrote noted stated explained argued insisted warned urged announced'.split(' '),
);
const LOWER_GOV_UNITS = new Set(
  (
    'foreign defense defence interior home finance commerce trade justice health education agriculture labor ' +
    'labour energy transport transportation unification environment treasury state industry culture'
  ).split(' '),
);
/** Heads of public institutions that may end a name joined by "and" ("Securities and Exchange Commission"). */
const INSTITUTION_HEADS = new Set(
  'commission committee council agency office bureau authority administration board service centre center institute'.split(
    ' ',
  ),
);
/** Lower-case words that make a sentence about sport (clubs named "Al X" are organizations there). */
const SPORTS_WORDS = new Set(
  (
    'club clubs league match matches signed signing coach coached manager beat beaten defeated striker ' +
    'midfielder defender goalkeeper forward winger goal goals scored champions title transfer derby ' +
    'fixture season squad stadium draw drew win won victory'
  ).split(' '),
);
const CREDIT_LEADS = new Set(['reporting', 'editing', 'writing', 'compiled', 'additional', 'reported']);

interface Mention {
  kind: EntityKind;
  field: ArticleField;
  start: number;
  end: number;
  sent: number;
  surface: string;
  /** Entity key (kind-specific). */
  key: string;
  /** Display name proposed by this mention. */
  name: string;
  /** Country code: COUNTRY itself ('KR?', 'CD?', 'GE?' undecided), PLACE location, PERSON/ORG affiliation. */
  code: string | null;
  /** Surface counts as a name form for output (false: surname-only, title-only occurrences). */
  nameForm: boolean;
}

interface Pending {
  field: ArticleField;
  tokIndex: number;
  /** One past the last token ("Guinea-Bissau" spans three tokens). */
  tokEnd: number;
  /** Preceded by a person title ("Mr Xi", "Gov. Kemp"). */
  titled: boolean;
  /** Code of a country given as possessive right before ("Malaysia's Petronas"). */
  possCountry: string | null;
  sentInitial: boolean;
}

interface FieldDoc {
  field: ArticleField;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Token indices already consumed by dateline/credit parsing. */
  used: Uint8Array;
}

interface PersonInfo {
  key: string;
  tokens: string[];
  eastAsian: boolean;
}

interface OrgInfo {
  key: string;
  name: string;
  words: string[];
  team: boolean;
  company: boolean;
  gov: boolean;
}

const low = (t: Token): string => {
  if (t.lower === undefined) {
    const l = t.base.toLowerCase();
    t.lower = l.endsWith('.') ? l.slice(0, -1) : l;
  }
  return t.lower;
};
/** A listed given name, accents ignored ("José" = "jose"). */
const isFirstName = (w: string): boolean =>
  FIRST_NAMES.has(w) || (/[^ -~]/.test(w) && FIRST_NAMES.has(w.normalize('NFD').replace(/\p{M}/gu, '')));
const isWord = (t: Token): boolean => t.kind !== 'punct';
const isNameish = (t: Token): boolean =>
  t.kind !== 'punct' && t.kind !== 'num' && (t.cap || t.upper || t.kind === 'initial');

export class RuleExtractor {
  constructor(private readonly gaz: Gazetteer) {}

  extract(input: ExtractionInput): ExtractionResult {
    const doc = new ArticleRun(this.gaz, input);
    return doc.run();
  }
}

class ArticleRun {
  private readonly mentions: Mention[] = [];
  private readonly pending: Pending[] = [];
  private readonly docLower = new Set<string>();
  private readonly title: FieldDoc;
  private readonly body: FieldDoc;
  private readonly persons = new Map<string, PersonInfo>();
  private readonly orgs = new Map<string, OrgInfo>();
  /** token index (body) → code, for tokens that are possessive country mentions. */
  private readonly possCountry = new Map<number, string>();
  private georgiaUsCues = 0;

  constructor(
    private readonly gaz: Gazetteer,
    input: ExtractionInput,
  ) {
    this.title = makeField('title', sanitize(input.title ?? ''));
    this.body = makeField('body', sanitize(input.body ?? ''));
    for (const f of [this.title, this.body]) {
      for (const t of f.tokens) if (t.kind === 'word' && !t.cap) this.docLower.add(t.base.toLowerCase());
    }
    // capitalized words standing alone (not followed by another capitalized word) and before a speech verb
    const ts = this.body.tokens;
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i];
      if (!t.cap || t.kind !== 'word') continue;
      const n = ts[i + 1];
      if (n && n.cap && n.spaceBefore && !t.possessive) continue;
      if (i > 0 && ts[i - 1].cap && t.spaceBefore) continue;
      const k = t.base;
      this.loneCaps.set(k, (this.loneCaps.get(k) ?? 0) + 1);
      if (n && n.kind === 'word' && SPEECH_VERBS.has(n.base)) this.saidCaps.add(k);
    }
  }

  /** Set while classifying the words before a title: they never form a person. */
  private noPerson = false;
  /** Capitalized single words standing alone in the body, with counts ("Djokovic"). */
  private readonly loneCaps = new Map<string, number>();
  /** Capitalized single words directly followed by a speech verb ("Djokovic said"). */
  private readonly saidCaps = new Set<string>();

  run(): ExtractionResult {
    const b = this.body;
    this.parseDateline(b);
    this.parseCredits(b);
    this.parseByline(b);
    this.lowercaseGovUnits(b);
    for (const s of b.sentences) this.chunkSentence(b, s);
    this.resolvePending(b);
    this.linkAcronyms();
    this.processTitle();
    this.resolveContext();
    return { entities: this.assemble() };
  }

  // ---------------------------------------------------------------- emit helpers

  private push(
    f: FieldDoc,
    i: number,
    j: number,
    m: Omit<Mention, 'field' | 'start' | 'end' | 'sent' | 'surface'>,
  ) {
    const ts = f.tokens;
    const start = ts[i].start;
    // a name never ends in a lone initial: "King Harald V." at a sentence end keeps "Harald V"
    const last = ts[j - 1];
    const end = last.kind === 'initial' && m.kind === 'PERSON' && j - 1 > i ? last.end - 1 : last.end;
    this.mentions.push({
      kind: m.kind,
      key: m.key,
      name: m.name,
      code: m.code,
      nameForm: m.nameForm,
      field: f.field,
      start,
      end,
      sent: ts[i].sent,
      surface: f.text.slice(start, end),
    });
  }

  private emitCountry(f: FieldDoc, i: number, j: number, e: GazEntry) {
    let code = e.code!;
    if (code === 'GE' && e.form !== 'capital' && e.form !== 'demonym' && j - i === 1) code = 'GE?';
    this.push(f, i, j, { kind: 'COUNTRY', key: code, name: e.canonical, code, nameForm: e.form === 'name' });
    if (e.form === 'capital') {
      const surf = titleCase(f.text.slice(f.tokens[i].start, f.tokens[j - 1].end));
      this.push(f, i, j, { kind: 'PLACE', key: placeKey(surf), name: surf, code, nameForm: true });
    }
    if (f.field === 'body' && f.tokens[j - 1].possessive) this.possCountry.set(j - 1, code);
  }

  private emitPlace(f: FieldDoc, i: number, j: number, name: string, code: string | null) {
    const n = titleCase(name);
    this.push(f, i, j, { kind: 'PLACE', key: placeKey(n), name: n, code, nameForm: true });
  }

  private emitOrg(f: FieldDoc, i: number, j: number, name: string, code: string | null, canonical?: string) {
    const surface = f.text.slice(f.tokens[i].start, f.tokens[j - 1].end);
    const key = orgKey(canonical ?? name);
    this.push(f, i, j, { kind: 'ORGANIZATION', key, name: canonical ?? name, code, nameForm: true });
    void surface;
    if (!this.orgs.has(key)) {
      const words = normName(canonical ?? name).split(' ');
      const last = words[words.length - 1];
      this.orgs.set(key, {
        key,
        name: canonical ?? name,
        words,
        team: false,
        company: COMPANY_SUFFIXES.has(last),
        gov: GOV_ORG_HEADS.has(last),
      });
    }
  }

  private emitPerson(f: FieldDoc, i: number, j: number, code: string | null) {
    if (this.noPerson) return;
    const ts = f.tokens;
    const name = f.text.slice(ts[i].start, ts[j - 1].end);
    const key = normName(name);
    this.push(f, i, j, { kind: 'PERSON', key, name, code, nameForm: true });
    if (!this.persons.has(key)) {
      const parts = key.split(' ');
      // hyphenated given names count as one name part ("Kyu-duk")
      const units: string[] = [];
      for (let k = i; k < j; k++) {
        const t = ts[k];
        if (t.kind === 'punct') continue;
        if (k > i && !t.spaceBefore && ts[k - 1].text === '-')
          units[units.length - 1] += ' ' + normName(t.base);
        else units.push(normName(t.base));
      }
      const eastAsian = EAST_ASIAN_SURNAMES.has(parts[0]) && units.length >= 2;
      this.persons.set(key, { key, tokens: units, eastAsian });
    }
  }

  // ---------------------------------------------------------------- special lines

  /** "SEOUL, Sept. 29 (Yonhap) --", "CHARLOTTE, N.C. —", "Tokyo --", "(Reuters) -" at the start of the body. */
  private parseDateline(f: FieldDoc) {
    const ts = f.tokens;
    if (!ts.length) return;
    const dashAt = (k: number) =>
      k < ts.length && ts[k].kind === 'punct' && /^[-—–]$/.test(ts[k].text) && (ts[k].spaceBefore || k === 0);
    // place part
    if (isNameish(ts[0])) {
      let j = 0;
      while (j < ts.length && j < 5 && isNameish(ts[j]) && !(j > 0 && ts[j].nlBefore)) j++;
      const after = ts[j];
      if (j > 0 && after && (after.text === ',' || dashAt(j))) {
        // scan forward to a dash within the first line, at most 12 tokens
        let k = j;
        let agency: [number, number] | null = null;
        let stateAbbr: [number, number] | null = null;
        while (k < ts.length && k < j + 14 && !dashAt(k) && !(k > j && ts[k].nlBefore)) {
          if (ts[k].text === '(') {
            const close = ts.findIndex((t, idx) => idx > k && t.text === ')');
            if (close > k + 1 && close < k + 6) agency = [k + 1, close];
          }
          if (k === j + 1 && (ts[k].kind === 'initialism' || ts[k].kind === 'abbr') && ts[j].text === ',')
            stateAbbr = [k, k + 1];
          k++;
        }
        if (dashAt(k) || (k < ts.length && ts[k].text === '-')) {
          const surf = f.text.slice(ts[0].start, ts[j - 1].end);
          const m = matchAt(this.gaz, ts, 0, j);
          let code: string | null = null;
          if (stateAbbr) {
            const sm = matchAt(this.gaz, ts, stateAbbr[0], stateAbbr[1]);
            if (sm) {
              code = 'US';
              this.emitPlace(
                f,
                stateAbbr[0],
                stateAbbr[1],
                f.text.slice(ts[stateAbbr[0]].start, ts[stateAbbr[0]].end),
                'US',
              );
            }
            for (let q = stateAbbr[0]; q < stateAbbr[1]; q++) f.used[q] = 1;
          }
          const upperKey = placeKey(surf);
          if (m && m.end === j) {
            this.emitGazMatch(f, 0, j, m.entries, true);
          } else {
            const city = this.gaz.cities.get(upperKey);
            this.emitPlace(f, 0, j, surf, code ?? city?.country ?? null);
          }
          for (let q = 0; q < j; q++) f.used[q] = 1;
          if (agency) {
            const [a, b] = agency;
            const am = matchAt(this.gaz, ts, a, b);
            const name = f.text.slice(ts[a].start, ts[b - 1].end);
            if (am && am.end === b && am.entries[0].kind === 'ORG')
              this.emitOrg(f, a, b, name, null, am.entries[0].canonical);
            else if (!(am && am.end === b)) this.emitOrg(f, a, b, name, null);
            for (let q = a; q < b; q++) f.used[q] = 1;
          }
          return;
        }
      }
    }
    // "(Reuters) -"
    if (ts[0].text === '(' && ts.length > 3) {
      const close = ts.findIndex((t, idx) => idx > 0 && idx < 6 && t.text === ')');
      if (close > 1 && ts[close + 1] && /^[-—–]$/.test(ts[close + 1].text)) {
        const name = f.text.slice(ts[1].start, ts[close - 1].end);
        const am = matchAt(this.gaz, ts, 1, close);
        this.emitOrg(f, 1, close, name, null, am && am.end === close ? am.entries[0].canonical : undefined);
        for (let q = 1; q < close; q++) f.used[q] = 1;
      }
    }
  }

  /** A byline on its own line: "By Jane Doe" or "By Jane Doe and Ali Khan". */
  private parseByline(f: FieldDoc) {
    const ts = f.tokens;
    for (let i = 0; i + 2 < ts.length; i++) {
      if (ts[i].base !== 'By' || !(i === 0 || ts[i].nlBefore)) continue;
      let k = i + 1;
      const spans: Array<[number, number]> = [];
      while (k < ts.length && !(ts[k].nlBefore && k > i + 1)) {
        let j = k;
        while (
          j < ts.length &&
          !ts[j].nlBefore &&
          (isNameish(ts[j]) || (ts[j].text === '-' && !ts[j].spaceBefore))
        )
          j++;
        if (j === k) break;
        spans.push([k, j]);
        k = j;
        if (k < ts.length && !ts[k].nlBefore && (low(ts[k]) === 'and' || ts[k].text === ',')) k++;
        else break;
      }
      // the byline must fill its line, every name 2-4 words, no gazetteer names
      if (!(k >= ts.length || ts[k].nlBefore)) continue;
      const ok = spans.every(
        ([a, b]) =>
          countWords(ts, a, b) >= 2 &&
          countWords(ts, a, b) <= 4 &&
          this.nameLike(f, a, b) &&
          !matchAt(this.gaz, ts, a, b),
      );
      if (!ok || !spans.length) continue;
      for (const [a, b] of spans) {
        this.emitPerson(f, a, b, null);
        for (let q = a; q < b; q++) f.used[q] = 1;
      }
      f.used[i] = 1;
    }
  }

  /** "(Reporting by A in B and C; Editing by D)", "(With inputs from Reuters)". */
  private parseCredits(f: FieldDoc) {
    const ts = f.tokens;
    for (let i = 0; i + 2 < ts.length; i++) {
      const l = ts[i].base.toLowerCase();
      const isBy =
        CREDIT_LEADS.has(l) && (low(ts[i + 1]) === 'by' || (l === 'additional' && low(ts[i + 2]) === 'by'));
      const isInputs = (l === 'inputs' || l === 'input') && low(ts[i + 1]) === 'from';
      if (!isBy && !isInputs) continue;
      // must be inside parentheses or start a line
      let k = i + (l === 'additional' ? 3 : 2);
      const stopAt = (t: Token) => t.text === ')' || t.text === ';' || t.nlBefore;
      let expectPlace = false;
      while (k < ts.length && !stopAt(ts[k])) {
        const t = ts[k];
        if (!isNameish(t)) {
          const w = low(t);
          expectPlace = w === 'in' || (w === 'from' && !isInputs);
          k++;
          continue;
        }
        let j = k;
        while (
          j < ts.length &&
          !stopAt(ts[j]) &&
          (isNameish(ts[j]) || (ts[j].text === '-' && !ts[j].spaceBefore))
        )
          j++;
        if (expectPlace) {
          const m = matchAt(this.gaz, ts, k, j);
          const surf = f.text.slice(ts[k].start, ts[j - 1].end);
          if (m && m.end === j && m.entries[0].kind === 'COUNTRY' && m.entries[0].form === 'capital')
            this.emitGazMatch(f, k, j, m.entries, true);
          else {
            const city = this.gaz.cities.get(placeKey(surf));
            this.emitPlace(
              f,
              k,
              j,
              surf,
              m && m.end === j ? (m.entries[0].code ?? null) : (city?.country ?? null),
            );
          }
        } else if (isInputs) {
          const m = matchAt(this.gaz, ts, k, j);
          const surf = f.text.slice(ts[k].start, ts[j - 1].end);
          this.emitOrg(
            f,
            k,
            j,
            surf,
            null,
            m && m.end === j && m.entries[0].kind === 'ORG' ? m.entries[0].canonical : undefined,
          );
        } else if (countWords(ts, k, j) >= 2) {
          this.emitPerson(f, k, j, null);
        }
        for (let q = k; q < j; q++) f.used[q] = 1;
        expectPlace = false;
        k = j;
      }
      i = k;
    }
  }

  /** Lower-case ministries/departments: "the foreign ministry", "the U.S. commerce department". */
  private lowercaseGovUnits(f: FieldDoc) {
    const ts = f.tokens;
    for (let i = 1; i < ts.length; i++) {
      const w = low(ts[i]);
      if ((w !== 'ministry' && w !== 'department') || ts[i].cap) continue;
      const d = ts[i - 1];
      if (d.cap || !LOWER_GOV_UNITS.has(low(d))) continue;
      let a = i - 1;
      let code: string | null = null;
      const p = ts[a - 1];
      if (p && (p.cap || p.kind === 'initialism')) {
        const m = matchAt(this.gaz, ts, a - 1, a);
        if (m && m.entries[0].kind === 'COUNTRY' && !p.possessive) {
          code = m.entries[0].code;
          a = a - 1;
        }
      }
      const name = f.text.slice(ts[a].start, ts[i].end);
      this.emitOrg(f, a, i + 1, name, code);
      if (a < i - 1) this.emitGazMatch(f, a, i - 1, matchAt(this.gaz, ts, a, i - 1)!.entries, true);
      for (let q = a; q <= i; q++) f.used[q] = 1;
    }
  }

  // ---------------------------------------------------------------- chunking

  private chunkSentence(f: FieldDoc, s: Sentence) {
    const ts = f.tokens;
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const t = ts[i];
      if (f.used[i] || !isNameish(t) || t.kind === 'num') {
        i++;
        continue;
      }
      // a lower-case Arabic article before the name belongs to it ("al-Shabaab", "al Qaeda")
      const artAt =
        i >= 2 && ts[i - 1].text === '-' && !ts[i - 1].spaceBefore && !t.spaceBefore ? i - 2 : i - 1;
      const runStart =
        artAt >= s.tokenStart && !f.used[artAt] && /^(al|el)$/.test(ts[artAt].text) && !ts[artAt].nlBefore
          ? artAt
          : i;
      let j = i + 1;
      let hasOf = false;
      let hasOrgWord = ORG_SUFFIXES.has(low(t)) || ORG_LEADS.has(low(t));
      let prev = t;
      while (j < s.tokenEnd && !f.used[j]) {
        const n = ts[j];
        if (prev.possessive) {
          let inName = false;
          for (let k = Math.max(i, j - 4); k < j && !inName; k++) {
            const gm = matchAt(this.gaz, ts, k, s.tokenEnd);
            if (gm && gm.end > j) inName = true;
          }
          if (!inName && !this.joinPossessive(f, j - 1, s.tokenEnd)) break;
          if ((n.text === '’' || n.text === "'") && !n.spaceBefore) {
            j++;
            continue;
          }
        }
        if (n.nlBefore) break;
        if (n.kind === 'punct') {
          // hyphen joins without spaces: Kim Jong-un, Guinea-Bissau
          if (
            n.text === '-' &&
            !n.spaceBefore &&
            j + 1 < s.tokenEnd &&
            !ts[j + 1].spaceBefore &&
            isWord(ts[j + 1])
          ) {
            j += 2;
            prev = ts[j - 1];
            continue;
          }
          if (n.text === '&' && j + 1 < s.tokenEnd && isNameish(ts[j + 1])) {
            j += 1;
            prev = n;
            continue;
          }
          break;
        }
        if (isNameish(n)) {
          if (ORG_SUFFIXES.has(low(n)) || ORG_LEADS.has(low(n))) hasOrgWord = true;
          j++;
          prev = n;
          continue;
        }
        const w = n.base.toLowerCase();
        if (
          NAME_PARTICLES.has(w) &&
          !n.cap &&
          ts[j + 1]?.text === '-' &&
          !ts[j + 1].spaceBefore &&
          j + 2 < s.tokenEnd &&
          !ts[j + 2].spaceBefore &&
          isNameish(ts[j + 2])
        ) {
          j += 3;
          prev = ts[j - 1];
          continue;
        }
        if (
          (ORG_CONNECTORS.has(w) || NAME_PARTICLES.has(w)) &&
          j + 1 < s.tokenEnd &&
          (isNameish(ts[j + 1]) ||
            ((w === 'of' || (w === 'for' && hasOrgWord && ORG_SUFFIXES.has(low(prev)))) &&
              low(ts[j + 1]) === 'the' &&
              j + 2 < s.tokenEnd &&
              isNameish(ts[j + 2]))) &&
          !DAYS_MONTHS.has(low(ts[j + 1])) &&
          !n.cap
        ) {
          // "of" and name particles always; "and", "for", "on", "the" only inside organization names
          // ("Bureau of Industry and Security", "Council on Foreign Relations", "Bank of the West")
          if (w === 'the' && low(prev) !== 'of' && low(prev) !== 'for') break;
          if (w === 'and' || w === '&') {
            // "Bureau of Industry and Security", "Track and Report Act" — but not "Office and Acme Inc."
            // … unless the second part ends in an institutional head ("Securities and Exchange Commission")
            if (ORG_SUFFIXES.has(low(prev)) && !hasOf && !this.institutionTail(ts, j + 1, s.tokenEnd, j - i))
              break;
            if (!hasOf && !this.runEndsInHead(ts, j + 1, s.tokenEnd)) break;
          }
          if ((w === 'for' || w === 'on') && !hasOrgWord && !this.runEndsInHead(ts, j + 1, s.tokenEnd)) break;
          if (w === 'of' || w === 'for' || w === 'on') hasOf = true;
          j++;
          prev = n;
          continue;
        }
        break;
      }
      // a listed name that goes on past the run ("… Co-operation in Europe")
      for (let k = i; k < Math.min(j, i + 2); k++) {
        const gm = matchAt(this.gaz, ts, k, s.tokenEnd);
        if (gm && gm.end > j) {
          let ok = true;
          for (let q = j; q < gm.end; q++) if (f.used[q]) ok = false;
          if (ok) j = gm.end;
        }
      }
      const ap = j === i + 1 && runStart === i ? this.orgAppositive(f, i, s.tokenEnd) : -1;
      if (ap > 0) {
        this.emitOrg(f, i, ap, f.text.slice(ts[i].start, ts[ap - 1].end), null);
        i = ap;
        continue;
      }
      this.classify(f, runStart, j, 0);
      i = j;
    }
  }

  /** The capitalized run starting at k ends in an organization or law/event head ("... and Report Act"). */
  private runEndsInHead(ts: Token[], k: number, limit: number): boolean {
    let last = -1;
    const stop = Math.min(limit, k + 8);
    while (k < stop && isNameish(ts[k]) && !ts[k].nlBefore) {
      last = k;
      if (ts[k].possessive) break;
      k++;
    }
    if (last < 0) return false;
    const w = low(ts[last]);
    return (ORG_SUFFIXES.has(w) && !WEAK_ORG_SUFFIXES.has(w)) || NON_ENTITY_SUFFIXES.has(w);
  }

  /**
   * "X and Exchange Commission": the run after "and" is two or three words ending in a government-type head
   * (not a company suffix), and the part before is at most two words — a list of two organizations
   * ("Samsung and LG", "Office and Acme Inc.") is not joined.
   */
  private institutionTail(ts: Token[], k: number, limit: number, before: number): boolean {
    if (before > 2) return false;
    const k0 = k;
    const stop = Math.min(limit, k + 3);
    while (k < stop && isNameish(ts[k]) && !ts[k].nlBefore && !ts[k].possessive) k++;
    const last = k - 1;
    if (last <= k0 || (k < limit && isNameish(ts[k]))) return false;
    const w = low(ts[last]);
    return INSTITUTION_HEADS.has(w) && !COMPANY_SUFFIXES.has(w);
  }

  /**
   * "Gavi, the Vaccine Alliance, said …": one word, then ", the" and a name ending in an organization head,
   * closed by a comma or the sentence end, is one organization; returns the end token or -1.
   */
  private orgAppositive(f: FieldDoc, i: number, limit: number): number {
    const ts = f.tokens;
    const t = ts[i];
    if (!t.cap || t.possessive || ts[i + 1]?.text !== ',' || low(ts[i + 2] ?? t) !== 'the') return -1;
    const w = low(t);
    if (DAYS_MONTHS.has(w) || COMMON_CAPS.has(w) || isFirstName(w)) return -1;
    if (this.isSentInitial(f, i) && this.docLower.has(w)) return -1;
    const gm = matchAt(this.gaz, ts, i, i + 1);
    if (gm && gm.entries[0].kind !== 'ORG') return -1;
    let k = i + 3;
    while (k < limit && k < i + 8 && ts[k].cap && !ts[k].upper && !ts[k].possessive) k++;
    if (k === i + 3 || k > limit) return -1;
    const head = low(ts[k - 1]);
    if (!ORG_SUFFIXES.has(head) || WEAK_ORG_SUFFIXES.has(head)) return -1;
    if (k < limit && ts[k].text !== ',' && ts[k].text !== '.') return -1;
    return k;
  }

  /** The sentence of token i talks about sport (club, league, match, signed, coach, beat …). */
  private sportsSentence(f: FieldDoc, i: number): boolean {
    const ts = f.tokens;
    const s = f.sentences[ts[i].sent];
    for (let k = s.tokenStart; k < s.tokenEnd; k++)
      if (!ts[k].cap && SPORTS_WORDS.has(low(ts[k]))) return true;
    return false;
  }

  /** Tokens p-1, p are a two-word personal name before a possessive ("Khalifa Haftar's …"). */
  private personPossessor(ts: Token[], p: number): boolean {
    const g = ts[p - 1];
    const sur = ts[p];
    if (!g.cap || g.upper || !sur.cap || sur.upper) return false;
    if (p >= 2 && (ts[p - 2].cap || ts[p - 2].upper) && ts[p - 2].kind !== 'punct') return false;
    for (const t of [g, sur]) {
      const w = low(t);
      if (
        t.kind !== 'word' ||
        ORG_SUFFIXES.has(w) ||
        ORG_LEADS.has(w) ||
        PLACE_SUFFIXES.has(w) ||
        TITLE_HEADS.has(w) ||
        TITLE_MODIFIERS.has(w) ||
        COMMON_CAPS.has(w) ||
        NON_NAME_WORDS.has(w)
      )
        return false;
    }
    if (matchAt(this.gaz, ts, p - 1, p + 1) || matchAt(this.gaz, ts, p, p + 1)) return false;
    return isFirstName(low(g)) || !matchAt(this.gaz, ts, p - 1, p);
  }

  /** Keep "Workers’ Party", "Sheriff’s Office" together: possessive + capitalized run ending in an org head. */
  private joinPossessive(f: FieldDoc, p: number, limit: number): boolean {
    const ts = f.tokens;
    const m = matchAt(this.gaz, ts, p, p + 1);
    if (m) return false;
    if (this.persons.has(normName(ts[p].base))) return false;
    // "Khalifa Haftar's Libyan National Army": a person (given name + surname) owns the organization
    if (p >= 1 && this.personPossessor(ts, p)) return false;
    let k = p + 1;
    if (k < limit && (ts[k].text === '’' || ts[k].text === "'") && !ts[k].spaceBefore) k++;
    // "Workers’ Party", "Sheriff’s Office", "Workers' Party of Korea"
    while (k < limit && k < p + 8 && !ts[k].nlBefore) {
      const t = ts[k];
      if (!isNameish(t) && !(low(t) === 'of' && k + 1 < limit && isNameish(ts[k + 1]))) break;
      const w = low(t);
      if (t.cap && ORG_SUFFIXES.has(w) && !WEAK_ORG_SUFFIXES.has(w)) return true;
      if (t.possessive) break;
      k++;
    }
    return false;
  }

  private isSentInitial(f: FieldDoc, i: number): boolean {
    const ts = f.tokens;
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      if (ts[k].sent !== ts[i].sent) return true;
      if (ts[k].kind === 'punct' && /^["“‘'([«:—–-]$/.test(ts[k].text)) {
        if (ts[k].text === ':' || ts[k].text === '—') return true;
        continue;
      }
      return false;
    }
    return true;
  }

  /** Classify tokens [a, b) of one capitalized run. */
  private classify(f: FieldDoc, a: number, b: number, depth: number): string | null {
    const ts = f.tokens;
    // trim leading function words, sentence-initial common words, hyphen modifiers at the end
    while (a < b) {
      const t = ts[a];
      if (/^(al|el)$/.test(t.text) && a + 1 < b && matchAt(this.gaz, ts, a, b)) break;
      if (t.kind === 'punct' || (!t.cap && !t.upper && t.kind !== 'initial')) {
        a++;
        continue;
      }
      const m = matchAt(this.gaz, ts, a, b);
      const w = low(t);
      if (m && !(w === 'the' && m.end === a + 1)) break;
      if (COMMON_CAPS.has(w) && !(w === 'the' && false)) {
        a++;
        continue;
      }
      // a sentence-initial role noun before a name ("Researcher Chen Yu-ting said")
      if (
        t.cap &&
        ROLE_NOUNS.has(w) &&
        !TITLE_HEADS.has(w) &&
        a + 1 < b &&
        this.isSentInitial(f, a) &&
        !ts[a + 1].possessive
      ) {
        a++;
        continue;
      }
      if (t.upper && NON_ORG_ACRONYMS.has(w) && !TITLE_HEADS.has(w) && a + 1 < b) {
        a++;
        continue;
      }
      if (
        this.isSentInitial(f, a) &&
        this.docLower.has(t.base.toLowerCase()) &&
        !(ORG_PREFIX_HEADS.has(w) && a + 1 < b && ts[a + 1].cap) &&
        !isFirstName(w) &&
        !EAST_ASIAN_SURNAMES.has(w)
      ) {
        a++;
        continue;
      }
      break;
    }
    // strip "-era", "-led" modifiers, trailing lowercase words and trailing days/months
    for (let changed = true; changed && b > a;) {
      changed = false;
      if (b - a >= 3 && ts[b - 2].text === '-' && !ts[b - 1].cap && HYPHEN_MODIFIERS.has(low(ts[b - 1]))) {
        b -= 2;
        changed = true;
      }
      const l = ts[b - 1];
      if (
        l.kind === 'punct' ||
        (!l.cap && !l.upper && l.kind !== 'initial' && ts[b - 2]?.text !== '-') ||
        (b - a > 1 && DAYS_MONTHS.has(low(l)) && ts[b - 2].text !== '-')
      ) {
        b--;
        changed = true;
      }
    }
    if (a >= b) return null;
    // "Singapore-based ISEAS Institute", "Houthi-run Al Masirah", "English-language China Daily":
    // the prefix is classified on its own, the rest is the name
    for (let k = a + 1; k + 2 < b; k++) {
      if (ts[k].text !== '-' || ts[k].spaceBefore || ts[k + 1].cap || !HYPHEN_MODIFIERS.has(low(ts[k + 1])))
        continue;
      const mod = low(ts[k + 1]);
      // the prefix is the capitalized words right before the hyphen ("Shares of | Bergen-based")
      let l = k - 1;
      while (l > a && (ts[l - 1].cap || ts[l - 1].upper || ts[l - 1].text === '.')) l--;
      if (l > a) this.classify(f, a, l, depth + 1);
      a = l;
      const city =
        mod === 'based' || mod === 'headquartered'
          ? this.gaz.cities.get(placeKey(f.text.slice(ts[a].start, ts[k - 1].end)))
          : undefined;
      const gm = matchAt(this.gaz, ts, a, k);
      if (city && !(gm && gm.end === k))
        this.emitPlace(f, a, k, f.text.slice(ts[a].start, ts[k - 1].end), city.country);
      else if (gm && gm.end === k && ORG_AFTER_MODIFIERS.has(mod))
        this.emitGazMatch(f, a, k, gm.entries, true);
      else if (mod !== 'language') this.classify(f, a, k, depth + 1);
      if (ORG_AFTER_MODIFIERS.has(mod) && !isFirstName(low(ts[k + 2])) && !matchAt(this.gaz, ts, k + 2, b)) {
        let e = b;
        while (e > k + 2 && ts[e - 1].kind === 'punct') e--;
        // an organization head inside ends the name ("… Electric Co. Westinghouse and …")
        let h = -1;
        for (let q = k + 3; q < e - 1; q++) if (ts[q].cap && COMPANY_SUFFIXES.has(low(ts[q]))) h = q;
        if (h > 0) {
          this.emitOrg(f, k + 2, h + 1, f.text.slice(ts[k + 2].start, ts[h].end), null);
          return this.classify(f, h + 1, b, depth + 1);
        }
        if (!this.isOrgRun(f, k + 2, e) && countWords(ts, k + 2, e) <= 4) {
          this.emitOrg(f, k + 2, e, f.text.slice(ts[k + 2].start, ts[e - 1].end), null);
          return null;
        }
      }
      return this.classify(f, k + 2, b, depth + 1);
    }
    const nWords = countWords(ts, a, b);
    if (nWords > MAX_CHUNK_WORDS || depth > 3) {
      this.scanInner(f, a, b);
      return null;
    }
    const lastW = low(ts[b - 1]);

    // 1. title split: "Chinese President Xi Jinping", "HTFD Chief Shawn Davidson", "Mr Xi"
    if (!ORG_SUFFIXES.has(lastW)) {
      let t = -1;
      for (let k = a; k < b; k++) {
        const tk = ts[k];
        // "Hassan Sheikh Mohamud": an honorific after a given name is part of the name
        if (NAME_HONORIFICS.has(low(tk)) && k > a && isFirstName(low(ts[k - 1])) && k + 1 < b) continue;
        if (
          (tk.cap || tk.upper) &&
          TITLE_HEADS.has(low(tk)) &&
          !(tk.upper && low(tk) !== 'ceo' && low(tk) !== 'cfo')
        )
          t = k;
      }
      if (t >= 0 && t < b - 1 && !ts[t].possessive) {
        let p = t;
        while (
          p > a &&
          (TITLE_MODIFIERS.has(low(ts[p - 1])) || TITLE_HEADS.has(low(ts[p - 1]))) &&
          !ts[p - 1].possessive
        )
          p--;
        let code: string | null = null;
        if (p > a) {
          // the words before a title are a portfolio or an affiliation, never a person ("Human Rights Minister X")
          const saved = this.noPerson;
          this.noPerson = true;
          code = this.classify(f, a, p, depth + 1);
          this.noPerson = saved;
        }
        if (p > a && (low(ts[t]) === 'gov' || low(ts[t]) === 'governor')) this.noteGovernor(f, a, p);
        let n = t + 1;
        if (ORG_CONNECTORS.has(low(ts[n]))) {
          // "Secretary of State Antony Blinken": the name is the trailing first-name-led pair
          n = -1;
          for (let k = t + 2; k < b - 1; k++) if (isFirstName(low(ts[k]))) n = k;
          if (n < 0) return code;
        }
        code ??= this.possessiveContext(f, a);
        if (countWords(ts, n, b) >= 2 && this.nameLike(f, n, b)) this.emitPerson(f, n, b, code);
        else if (ROYAL_TITLES.has(low(ts[t])) && countWords(ts, n, b) === 1 && this.nameLike(f, n, b))
          this.emitPerson(f, n, b, code); // "Pope Francis", "Prince William": the one name is the name
        else if (countWords(ts, n, b) === 1) this.pending.push(this.mkPending(f, n, b, true));
        else this.classify(f, n, b, depth + 1);
        return code;
      }
    }

    // 2. whole run is a gazetteer name
    const m = matchAt(this.gaz, ts, a, b);
    if (m && m.end === b) {
      if (nWords === 1 && (m.entries[0].kind === 'COUNTRY' || m.entries[0].kind === 'ORG')) {
        const e0 = m.entries[0];
        if (e0.kind === 'COUNTRY' && ts[a].possessive && f.field === 'body' && e0.code)
          this.possCountry.set(a, e0.code);
        this.pending.push(this.mkPending(f, a, b, false));
        return m.entries[0].code;
      }
      return this.emitGazMatch(f, a, b, m.entries, false);
    }

    // 2b. "Julien Benneteau of France": person/other + of + country
    for (let k = a + 1; k < b - 1; k++) {
      if (low(ts[k]) !== 'of' || ts[k].cap) continue;
      const cm = matchAt(this.gaz, ts, k + 1, b);
      if (!cm || cm.end !== b || (cm.entries[0].kind !== 'COUNTRY' && cm.entries[0].kind !== 'PLACE')) break;
      if (this.isOrgRun(f, a, k) || ORG_LEADS.has(low(ts[a])) || ORG_LEADS.has(low(ts[k - 1]))) break;
      if (countWords(ts, a, k) >= 2 && this.personScore(f, a, k) >= 2) {
        this.emitPerson(f, a, k, cm.entries[0].kind === 'COUNTRY' ? cm.entries[0].code : null);
        this.emitGazMatch(f, k + 1, b, cm.entries, true);
        return null;
      }
      break;
    }

    // 2c. regional editions of known organizations: "Euronews Bulgaria"
    if (m && m.entries[0].kind === 'ORG' && m.end < b) {
      const rest = matchAt(this.gaz, ts, m.end, b);
      if (
        rest &&
        rest.end === b &&
        (rest.entries[0].kind === 'COUNTRY' || rest.entries[0].kind === 'PLACE')
      ) {
        this.emitOrg(f, a, b, f.text.slice(ts[a].start, ts[b - 1].end), null);
        return null;
      }
    }

    // 2d. a first name with a role noun before it wins over suffix rules ("singer Eric Church")
    if (nWords >= 2 && nWords <= 4 && isFirstName(low(ts[a])) && this.roleBefore(f, a)) {
      const sc = this.personScore(f, a, b, true);
      if (sc >= 4) {
        this.emitPerson(f, a, b, this.possessiveContext(f, a) ?? this.ofCountry(f, b));
        return null;
      }
    }

    // 2f. "the NGO Mediterranea": an all-caps cue noun before the name
    if (ts[a].upper && /^NGOs?$/.test(ts[a].base) && b > a + 1) {
      if (matchAt(this.gaz, ts, a + 1, b)) return this.classify(f, a + 1, b, depth + 1);
      this.emitOrg(f, a + 1, b, f.text.slice(ts[a + 1].start, ts[b - 1].end), null);
      return null;
    }

    // 2e. "(Shares of) Samsung and LG": an "and" joined only because of a trimmed "of" splits the list
    if (nWords >= 2 && !ORG_SUFFIXES.has(lastW) && !NON_ENTITY_SUFFIXES.has(lastW)) {
      let and = -1;
      let ofBefore = false;
      for (let k = a; k < b && and < 0; k++) {
        const w = ts[k].cap ? '' : low(ts[k]);
        if (w === 'of' || w === 'for' || w === 'on') ofBefore = true;
        if (w === 'and') and = k;
      }
      if (and > a && !ofBefore && !ORG_SUFFIXES.has(low(ts[and - 1]))) {
        this.classify(f, a, and, depth + 1);
        this.classify(f, and + 1, b, depth + 1);
        return null;
      }
    }

    // 3. events, laws: nothing (but not "Korean Central News Agency" style names)
    if (NON_ENTITY_SUFFIXES.has(lastW) && nWords >= 2) return null;

    // 4. organizations by suffix / lead / ampersand
    if (nWords >= 2 && this.isOrgRun(f, a, b)) {
      const name = f.text.slice(ts[a].start, ts[b - 1].end);
      const inner = this.innerCountries(f, a, b);
      let gov = false;
      for (let k = a; k < b; k++) if (ts[k].cap && GOV_ORG_HEADS.has(low(ts[k]))) gov = true;
      if (gov) for (const [i0, j0, e] of inner) this.emitCountry(f, i0, j0, e);
      this.emitOrg(f, a, b, name, inner.length ? inner[0][2].code : this.possessiveContext(f, a, 1));
      return null;
    }

    // 7b. lower-case head noun after the name: "Foz do Amazonas basin", "Yonhap news agency"
    const cue = this.nounCue(f, a, b);
    if (nWords >= 2 && cue === 'PLACE') {
      this.emitPlace(f, a, b, f.text.slice(ts[a].start, ts[b - 1].end), this.contextCountry(f, a));
      return null;
    }
    if (nWords >= 2 && cue === 'ORG' && !isFirstName(low(ts[a]))) {
      this.emitOrg(f, a, b, f.text.slice(ts[a].start, ts[b - 1].end), this.possessiveContext(f, a, 1));
      return null;
    }

    // 5a'. "Al X" / "El X" clubs in a sports sentence ("signed for Al Nassr", "Al Hilal beat …")
    if (
      (nWords >= 2 || (b - a === 3 && ts[a + 1].text === '-')) &&
      nWords <= 3 &&
      /^(al|el)$/.test(low(ts[a])) &&
      ts[a].cap &&
      !this.persons.has(normName(f.text.slice(ts[a].start, ts[b - 1].end))) &&
      (this.sportsSentence(f, a) || this.orgs.get(orgKey(f.text.slice(ts[a].start, ts[b - 1].end)))?.team)
    ) {
      const name = f.text.slice(ts[a].start, ts[b - 1].end);
      this.emitOrg(f, a, b, name, null);
      const o = this.orgs.get(orgKey(name));
      if (o) o.team = true;
      return null;
    }

    // 5a. football clubs: "Real Madrid", "Bayern Munich", "Manchester United"
    if (nWords >= 2 && nWords <= 3 && !ts[b - 1].possessive) {
      const first = low(ts[a]);
      const lastW = low(ts[b - 1]);
      const restIsPlace = (() => {
        const pm = matchAt(this.gaz, ts, a + 1, b);
        if (pm && pm.end === b) return true;
        const c = this.gaz.cities.get(placeKey(f.text.slice(ts[a + 1].start, ts[b - 1].end)));
        return c !== undefined && c.population >= 50000;
      })();
      const headIsPlace = (() => {
        const pm = matchAt(this.gaz, ts, a, b - 1);
        if (pm && pm.end === b - 1) return true;
        const c = this.gaz.cities.get(placeKey(f.text.slice(ts[a].start, ts[b - 2].end)));
        return c !== undefined && c.population >= 50000;
      })();
      if ((CLUB_PREFIXES.has(first) && restIsPlace) || (CLUB_SUFFIXES.has(lastW) && headIsPlace)) {
        const name = f.text.slice(ts[a].start, ts[b - 1].end);
        this.emitOrg(f, a, b, name, null);
        const o = this.orgs.get(orgKey(name));
        if (o) o.team = true;
        return null;
      }
    }

    // 5. sports teams: place + plural ("Miami Dolphins", "New England Patriots")
    if (
      nWords >= 2 &&
      /s$/.test(ts[b - 1].base) &&
      !/ss$/.test(ts[b - 1].base) &&
      ts[b - 1].cap &&
      !ts[b - 1].upper
    ) {
      const pm = matchAt(this.gaz, ts, a, b - 1);
      const prefixSurf = f.text.slice(ts[a].start, ts[b - 2].end);
      const city = this.gaz.cities.get(placeKey(prefixSurf));
      const lastW = low(ts[b - 1]);
      const placePrefix =
        (pm !== undefined && pm.end === b - 1 && pm.entries[0].kind === 'PLACE') ||
        (city !== undefined && city.population >= 50000);
      // "the Riverton Comets": definite article + capitalized name ending in a plural
      const theTeam =
        a > 0 &&
        ts[a - 1].base === 'the' &&
        nWords <= 3 &&
        !PLACE_SUFFIXES.has(lastW) &&
        !NON_NAME_WORDS.has(lastW);
      if ((placePrefix || (theTeam && !isFirstName(low(ts[a])))) && !ORG_SUFFIXES.has(lastW)) {
        const name = f.text.slice(ts[a].start, ts[b - 1].end);
        this.emitOrg(f, a, b, name, null);
        const o = this.orgs.get(orgKey(name));
        if (o) o.team = true;
        return null;
      }
    }

    // 5b. "the Chicago Sky", "the New York Liberty": the + place + one singular name word is a team
    if (
      nWords >= 2 &&
      nWords <= 4 &&
      a > 0 &&
      low(ts[a - 1]) === 'the' &&
      ts[b - 1].cap &&
      !ts[b - 1].upper
    ) {
      const lastW = low(ts[b - 1]);
      const pm = matchAt(this.gaz, ts, a, b - 1);
      const city = this.gaz.cities.get(placeKey(f.text.slice(ts[a].start, ts[b - 2].end)));
      const placePrefix =
        (pm !== undefined && pm.end === b - 1 && pm.entries[0].kind === 'PLACE') ||
        (city !== undefined && city.population >= 200000);
      if (
        placePrefix &&
        ts[b - 2].kind !== 'punct' &&
        !PLACE_SUFFIXES.has(lastW) &&
        !ORG_SUFFIXES.has(lastW) &&
        !NON_ENTITY_SUFFIXES.has(lastW) &&
        !NON_NAME_WORDS.has(lastW) &&
        !COMPASS.has(lastW) &&
        !matchAt(this.gaz, ts, b - 1, b) &&
        !this.docLower.has(lastW)
      ) {
        const name = f.text.slice(ts[a].start, ts[b - 1].end);
        this.emitOrg(f, a, b, name, null);
        const o = this.orgs.get(orgKey(name));
        if (o) o.team = true;
        return null;
      }
    }

    // 6. places by suffix ("Broward County", "Senkaku Islands")
    if (nWords >= 2 && PLACE_SUFFIXES.has(lastW) && !ts[b - 1].upper) {
      const name = f.text.slice(ts[a].start, ts[b - 1].end);
      const inner = this.innerCountries(f, a, b);
      this.emitPlace(
        f,
        a,
        b,
        name,
        inner.length ? inner[0][2].code : (this.followingState(f, b) ?? this.contextCountry(f, a)),
      );
      return null;
    }

    // 7. multi-word city
    if (nWords >= 2) {
      const surf = f.text.slice(ts[a].start, ts[b - 1].end);
      const city = this.gaz.cities.get(placeKey(surf));
      if (city && (city.population >= 20000 || this.placeContext(f, a, b)) && !isFirstName(low(ts[a]))) {
        this.emitPlace(f, a, b, surf, this.followingState(f, b) ?? city.country);
        return null;
      }
    }

    // 8. people
    if (!this.noPerson && nWords >= 2 && nWords <= 4 && this.personScore(f, a, b) >= (nWords === 4 ? 3 : 2)) {
      this.emitPerson(f, a, b, this.possessiveContext(f, a) ?? this.ofCountry(f, b));
      return null;
    }

    // 9. organization named after a possessive country ("India's ONCG Videsh")
    if (nWords >= 2 && this.possessiveContext(f, a, 1) && !isFirstName(low(ts[a]))) {
      const inner = this.innerCountries(f, a, b);
      if (!inner.length) {
        this.emitOrg(f, a, b, f.text.slice(ts[a].start, ts[b - 1].end), this.possessiveContext(f, a, 1));
        return null;
      }
    }

    // 10. single word: resolved after all full names are known
    if (nWords === 1) {
      // units and model names after a number ("40,000 MW", "737 MAX") are not organizations
      if (ts[a].upper && a > 0 && ts[a - 1].kind === 'num' && !m) return null;
      if (ts[a].upper && !NON_ORG_ACRONYMS.has(low(ts[a])) && !m) {
        this.pending.push(this.mkPending(f, a, b, false));
        return null;
      }
      this.pending.push(this.mkPending(f, a, b, false));
      return m ? m.entries[0].code : null;
    }

    // 11. fallback: gazetteer names inside the run ("U.S. Alliance And North Korea")
    return this.scanInner(f, a, b);
  }

  private noteGovernor(f: FieldDoc, a: number, p: number) {
    const ts = f.tokens;
    for (let k = a; k < p; k++) if (low(ts[k]) === 'georgia') this.georgiaUsCues += 2;
  }

  private mkPending(f: FieldDoc, i: number, end: number, titled: boolean): Pending {
    return {
      field: f.field,
      tokIndex: i,
      tokEnd: end,
      titled,
      possCountry: this.possessiveContext(f, i, 1),
      sentInitial: this.isSentInitial(f, i),
    };
  }

  private isOrgRun(f: FieldDoc, a: number, b: number): boolean {
    const ts = f.tokens;
    const last = low(ts[b - 1]);
    // "Air India", "Radio Canada", "Banco Santander": a lead word that names the business
    if (
      ts[a].cap &&
      !ts[a].upper &&
      ORG_PREFIX_HEADS.has(low(ts[a])) &&
      countWords(ts, a, b) >= 2 &&
      ts[a + 1]?.cap
    )
      return true;
    // "Electricite de France", "Banque du Liban": a common word + de/du/des + a country
    if (
      b - a >= 3 &&
      !isFirstName(low(ts[a])) &&
      !NON_ENTITY_SUFFIXES.has(low(ts[a])) &&
      low(ts[a]) !== 'tour' &&
      !this.persons.has(normName(ts[a].base))
    ) {
      for (let k = a + 1; k < b - 1; k++) {
        if (ts[k].cap || !/^(de|du|des|do|da)$/.test(low(ts[k]))) continue;
        const cm = matchAt(this.gaz, ts, k + 1, b);
        if (cm && cm.end === b && cm.entries[0].kind === 'COUNTRY' && cm.entries[0].form !== 'capital')
          return true;
        break;
      }
    }
    if (ORG_SUFFIXES.has(last) && ts[b - 1].cap) {
      if (WEAK_ORG_SUFFIXES.has(last) && countWords(ts, a, b) < 2) return false;
      if (last === 'fire' || last === 'team') return false;
      return true;
    }
    for (let k = a; k < b - 1; k++) {
      if (ts[k].text === '&') return true;
      const w = low(ts[k]);
      if (
        (ORG_LEADS.has(w) || (ORG_SUFFIXES.has(w) && !WEAK_ORG_SUFFIXES.has(w))) &&
        (low(ts[k + 1]) === 'of' || low(ts[k + 1]) === 'for' || low(ts[k + 1]) === 'on') &&
        ts[k].cap
      )
        return true;
    }
    return false;
  }

  /** Gazetteer countries inside a run: [start, end, entry]. */
  private innerCountries(f: FieldDoc, a: number, b: number): Array<[number, number, GazEntry]> {
    const out: Array<[number, number, GazEntry]> = [];
    const ts = f.tokens;
    for (let k = a; k < b;) {
      const m = matchAt(this.gaz, ts, k, b);
      if (m) {
        const e = m.entries.find((x) => x.kind === 'COUNTRY' && !x.code?.endsWith('?'));
        if (e && !(e.form === 'capital')) out.push([k, m.end, e]);
        k = m.end;
      } else k++;
    }
    return out;
  }

  private scanInner(f: FieldDoc, a: number, b: number): string | null {
    const ts = f.tokens;
    let code: string | null = null;
    for (let k = a; k < b;) {
      const m = matchAt(this.gaz, ts, k, b);
      if (m && ts[k].cap) {
        const c = this.emitGazMatch(f, k, m.end, m.entries, false);
        code ??= c;
        k = m.end;
      } else k++;
    }
    return code;
  }

  /** Emit the best entry of a gazetteer match; returns a country code when one was emitted. */
  private emitGazMatch(
    f: FieldDoc,
    a: number,
    b: number,
    entries: GazEntry[],
    placeCtx: boolean,
  ): string | null {
    const ts = f.tokens;
    let e = entries[0];
    // "the Amazon" (river, region) vs "Amazon" (company)
    const org = entries.find((x) => x.kind === 'ORG');
    const pl = entries.find((x) => x.kind === 'PLACE');
    if (org && pl) e = a > 0 && ts[a - 1].base === 'the' ? pl : org;
    // "US$" is a currency
    const next = ts[b];
    if (next && !next.spaceBefore && next.text === '$') return null;
    // "inter-Korean"
    const prev = ts[a - 1];
    if (prev && prev.text === '-' && !prev.spaceBefore && ts[a - 2] && low(ts[a - 2]) === 'inter')
      return null;
    if (e.kind === 'COUNTRY') {
      if (e.ambiguous && !placeCtx && !this.placeContext(f, a, b)) return null;
      if (e.form === 'demonym' && this.isLanguageUse(f, a, b)) return null;
      this.emitCountry(f, a, b, e);
      return e.code;
    }
    if (e.kind === 'PLACE') {
      let code = e.code;
      if (e.form === 'state' || e.form === 'stateAbbr') this.georgiaUsCues += 1;
      if (code === '' && PLACE_SUFFIXES.has(low(ts[b - 1])) === false && e.form === 'region') code = '';
      this.emitPlace(f, a, b, f.text.slice(ts[a].start, ts[b - 1].end), code);
      return null;
    }
    if (e.kind === 'ORG') {
      // "OPEC+": an extended group is its own organization and keeps the plus
      if (next && next.text === '+' && !next.spaceBefore && !(ts[b + 1] && !ts[b + 1].spaceBefore)) {
        const name = f.text.slice(ts[a].start, next.end);
        this.emitOrg(f, a, b + 1, name, this.possessiveContext(f, a), e.canonical + '+');
        return null;
      }
      this.emitOrg(
        f,
        a,
        b,
        f.text.slice(ts[a].start, ts[b - 1].end),
        this.possessiveContext(f, a),
        e.canonical,
      );
      return null;
    }
    return null;
  }

  // ---------------------------------------------------------------- context cues

  /** Country given as a possessive shortly before token i ("Portugal's unseeded Joao Sousa"). */
  private possessiveContext(f: FieldDoc, i: number, maxBack = 3): string | null {
    if (f.field !== 'body') return null;
    const ts = f.tokens;
    for (let k = i - 1; k >= 0 && k >= i - maxBack; k--) {
      const c = this.possCountry.get(k);
      if (c) return c.endsWith('?') ? null : c;
      if (ts[k].kind === 'punct' || ts[k].cap) {
        if (ts[k].cap && !TITLE_HEADS.has(low(ts[k])) && !TITLE_MODIFIERS.has(low(ts[k]))) return null;
        if (ts[k].kind === 'punct') return null;
      }
    }
    return null;
  }

  /**
   * A lower-case noun right after the name ("Foz do Amazonas basin", "Yonhap news agency") or an
   * organization noun right before it ("chipmaker Nvidia", "environmental agency Ibama").
   */
  private nounCue(f: FieldDoc, a: number, b: number): 'PLACE' | 'ORG' | null {
    const ts = f.tokens;
    const n = ts[b];
    if (n && !n.cap && n.kind === 'word' && n.spaceBefore) {
      const w = n.base.toLowerCase();
      if (PLACE_NOUNS.has(w)) return 'PLACE';
      // "the Dukovany nuclear plant", "the Vaca Muerta shale formation", "Karish gas field"
      const h = ts[b + 1];
      if (SITE_MODIFIERS.has(w) && h && !h.cap && SITE_NOUNS.has(low(h))) return 'PLACE';
      // "the Islamist group", "a Marxist party": an ideology adjective, not a name
      if (/ists?$/.test(low(ts[b - 1])) && b - a === 1) return null;
      if (ORG_NOUNS.has(w)) return 'ORG';
      if (w === 'news' && ts[b + 1] && ORG_NOUNS.has(low(ts[b + 1]))) return 'ORG';
    }
    if (this.placeAppositive(f, b)) return 'PLACE';
    if (this.listCue(f, a)) return 'ORG';
    const p = ts[a - 1];
    if (p && !p.cap && p.kind === 'word' && ORG_NOUNS.has(p.base.toLowerCase()) && !p.possessive)
      return 'ORG';
    // "shares of Doosan Enerbility", "a stake in Orkla"
    if (
      p &&
      (p.base === 'of' || p.base === 'in') &&
      ts[a - 2] &&
      /^(shares|stake|stakes|stock)$/i.test(ts[a - 2].base)
    )
      return 'ORG';
    return null;
  }

  /** "lenders such as A, B and C", "carmakers including A and B": a list after a plural business noun. */
  private listCue(f: FieldDoc, a: number): boolean {
    const ts = f.tokens;
    let k = a - 1;
    while (
      k >= 0 &&
      k > a - 20 &&
      (ts[k].cap || ts[k].text === ',' || ts[k].text === '&' || ts[k].base === 'and')
    )
      k--;
    let head = -1;
    if (k >= 2 && ts[k].base === 'as' && ts[k - 1].base === 'such') head = k - 2;
    else if (k >= 1 && ts[k].base === 'including') head = k - 1;
    if (head < 0) return false;
    const w = ts[head].base.toLowerCase();
    if (!w.endsWith('s')) return false;
    const sing = w.replace(/ies$/, 'y').replace(/s$/, '');
    return ORG_NOUNS.has(sing) || BUSINESS_PLURALS.test(w);
  }

  /** "X, a semi-autonomous Somali state that …", "X, a port city in …": an appositive place noun. */
  private placeAppositive(f: FieldDoc, b: number): boolean {
    const ts = f.tokens;
    if (!ts[b] || ts[b].text !== ',' || !ts[b + 1] || !/^(a|an|the)$/.test(ts[b + 1].base)) return false;
    for (let k = b + 2; k < Math.min(ts.length, b + 8); k++) {
      const t = ts[k];
      if (t.kind === 'punct' && t.text !== '-') return false;
      const w = low(t);
      if (!t.cap && APPOSITIVE_PLACE_NOUNS.has(w)) {
        const n = ts[k + 1];
        if (
          !n ||
          n.kind === 'punct' ||
          /^(that|which|in|on|near|of|where|with|bordering|north|south|east|west)$/.test(low(n))
        )
          return true;
        continue;
      }
      if (t.cap && !matchAt(this.gaz, ts, k, k + 1)) return false;
      if (SPEECH_VERBS.has(w) || ROLE_NOUNS.has(w) || TITLE_HEADS.has(w)) return false;
    }
    return false;
  }

  /** "speaks French", "written in Chinese.", "Portuguese-language": a language, not a country. */
  private isLanguageUse(f: FieldDoc, a: number, b: number): boolean {
    const ts = f.tokens;
    const p = ts[a - 1] ? low(ts[a - 1]) : '';
    const n = ts[b];
    if (LANGUAGE_VERBS.has(p)) return true;
    if (
      n &&
      n.text === '-' &&
      !n.spaceBefore &&
      ts[b + 1] &&
      /^(language|speaking|speaker|speakers)$/.test(low(ts[b + 1]))
    )
      return true;
    if (n && !n.cap && /^(language|languages|speaker|speakers|translation|subtitles|dialect)$/.test(low(n)))
      return true;
    if (p === 'in' && (!n || n.kind === 'punct') && ts[a - 2] && LANGUAGE_VERBS.has(low(ts[a - 2])))
      return true;
    return false;
  }

  /** Country of the nearest country/capital mention in the same sentence, else none. */
  private contextCountry(f: FieldDoc, a: number): string | null {
    const sent = f.tokens[a].sent;
    for (let k = this.mentions.length - 1; k >= 0 && k >= this.mentions.length - 30; k--) {
      const m = this.mentions[k];
      if (m.field !== f.field || m.sent !== sent) continue;
      if ((m.kind === 'COUNTRY' || m.kind === 'PLACE') && m.code && !m.code.endsWith('?')) return m.code;
    }
    return null;
  }

  /** "Julien Benneteau of France" → FR. */
  private ofCountry(f: FieldDoc, b: number): string | null {
    const ts = f.tokens;
    if (b + 1 < ts.length && low(ts[b]) === 'of' && ts[b + 1].cap) {
      const m = matchAt(this.gaz, ts, b + 1, ts.length);
      const e = m?.entries[0];
      if (e && e.kind === 'COUNTRY' && e.form === 'name') return e.code;
    }
    return null;
  }

  /** ", Fla." / ", N.C." right after a place → US. */
  private followingState(f: FieldDoc, b: number): string | null {
    const ts = f.tokens;
    if (ts[b]?.text === ',' && ts[b + 1]) {
      const m = matchAt(this.gaz, ts, b + 1, Math.min(ts.length, b + 4));
      const e = m?.entries[0];
      if (e && e.kind === 'PLACE' && (e.form === 'state' || e.form === 'stateAbbr')) return 'US';
      if (e && e.kind === 'COUNTRY' && e.form === 'name') return e.code;
    }
    return null;
  }

  private placeContext(f: FieldDoc, a: number, b: number): boolean {
    const ts = f.tokens;
    const p = ts[a - 1];
    if (p && PLACE_PREPS.has(low(p))) return true;
    if (p && low(p) === 'of' && ts[a - 2] && COMPASS.has(low(ts[a - 2]))) return true;
    // "a Warwick man", "the Cranston family"
    const n = ts[b];
    if (
      p &&
      (low(p) === 'a' || low(p) === 'an' || low(p) === 'the') &&
      n &&
      !n.cap &&
      RESIDENT_NOUNS.has(low(n))
    )
      return true;
    if (p && p.text === '(' && ts[b]?.text === ')') return true;
    if (this.followingState(f, b)) return true;
    return false;
  }

  private nameLike(f: FieldDoc, a: number, b: number, lenient = false): boolean {
    const ts = f.tokens;
    for (let k = a; k < b; k++) {
      const t = ts[k];
      if (t.kind === 'punct') continue;
      const w = low(t);
      if (k > a && ts[k - 1].text === '-' && !t.spaceBefore) continue;
      if (NAME_PARTICLES.has(w) && !t.cap) continue;
      if (!t.cap && t.kind !== 'initial') return false;
      if (NON_NAME_WORDS.has(w) || (ORG_SUFFIXES.has(w) && !(lenient && k === b - 1))) return false;
      if (t.upper && t.kind === 'word' && t.base.length > 1 && !isFirstName(w)) {
        if (!(k === b - 1 && k > a && REGNAL_RE.test(t.base))) return false;
      }
    }
    return true;
  }

  private roleBefore(f: FieldDoc, a: number): boolean {
    const ts = f.tokens;
    let p = a - 1;
    if (p >= 0 && ts[p].text === ',') p--;
    if (p < 0) return false;
    const w = low(ts[p]);
    return !ts[p].cap && (ROLE_NOUNS.has(w) || TITLE_HEADS.has(w));
  }

  private personScore(f: FieldDoc, a: number, b: number, lenient = false): number {
    const ts = f.tokens;
    if (!this.nameLike(f, a, b, lenient)) return -1;
    let score = 0;
    const first = low(ts[a]);
    if (isFirstName(first) || GIVEN_NAME_PLACES.has(first)) score += 2;
    else if (EAST_ASIAN_SURNAMES.has(first) && countWords(ts, a, b) >= 2) score += 2;
    if (ts[a].kind === 'initial' || ts[a].kind === 'initialism') score += 1;
    // "T.J. Marlowe", "A.J. Brown": two initials in one token
    if (
      ts[a].kind === 'initialism' &&
      ts[a].base.replace(/\./g, '').length === 2 &&
      !matchAt(this.gaz, ts, a, a + 1)
    )
      score += 1;
    // role noun or title before: "artist J. Cole", "counterpart, Sung Kim"
    let p = a - 1;
    if (p >= 0 && ts[p].text === ',') p--;
    if (
      p >= 0 &&
      (!ts[p].cap || (ROLE_NOUNS.has(low(ts[p])) && this.isSentInitial(f, p))) &&
      (ROLE_NOUNS.has(low(ts[p])) || TITLE_HEADS.has(low(ts[p])))
    )
      score += 2;
    if (p >= 0 && ts[p].text === '-' && p >= 1 && ROLE_NOUNS.has(low(ts[p - 1]))) score += 2;
    // "X said", "X, who", "X, a spokesman"
    const n = ts[b];
    if (n && SPEECH_VERBS.has(low(n))) score += 1;
    if (n && n.text === ',' && ts[b + 1] && ['who', 'a', 'an', 'the', 'aged'].includes(low(ts[b + 1])))
      score += 1;
    if (p >= 0 && SPEECH_VERBS.has(low(ts[p]))) score += 1;
    // the surname recurs alone ("Novak Djokovic … Djokovic said")
    const last = ts[b - 1];
    if (f.field === 'body' && last.kind === 'word' && !matchAt(this.gaz, ts, b - 1, b)) {
      if ((this.loneCaps.get(last.base) ?? 0) >= 1 && !this.docLower.has(last.base.toLowerCase())) score += 1;
      if (this.saidCaps.has(last.base)) score += 1;
    }
    // "at Roland Garros", "in Santiago Bernabeu": a venue more likely than a person
    if (a > 0 && (low(ts[a - 1]) === 'at' || low(ts[a - 1]) === 'in') && !ts[a - 1].cap) score -= 2;
    // a country or org word inside makes it unlikely
    for (let k = a; k < b; k++) {
      if (ts[k].kind === 'punct') continue;
      const m = matchAt(this.gaz, ts, k, k + 1);
      if (m && !isFirstName(first) && m.entries[0].kind !== 'PLACE') {
        // a country word used as a given name ("Kenya Barnes") or surname ("Ana Jordan") weighs less
        const asName =
          (k === a && GIVEN_NAME_PLACES.has(first)) ||
          (k === b - 1 && k > a && !matchAt(this.gaz, ts, a, a + 1));
        score -= asName ? 1 : 2;
      }
    }
    return score;
  }

  // ---------------------------------------------------------------- single words

  private resolvePending(f: FieldDoc) {
    const personShort = new Map<string, string>();
    // first names ("Chad", "Jordan" used alone for Chad Johnson, Jordan Ellis) rank below surnames
    for (const p of this.persons.values()) if (p.tokens.length >= 2) personShort.set(p.tokens[0], p.key);
    for (const p of this.persons.values()) {
      const last = p.tokens[p.tokens.length - 1];
      personShort.set(last, p.key);
      if (p.eastAsian) personShort.set(p.tokens[0], p.key);
    }
    const orgShort = this.orgShortForms();
    const ts = f.tokens;
    for (const pd of this.pending) {
      const i = pd.tokIndex;
      const t = ts[i];
      const w = normName(t.base);
      const pk = personShort.get(w);
      if (pk) {
        this.push(f, i, i + 1, { kind: 'PERSON', key: pk, name: t.base, code: null, nameForm: false });
        continue;
      }
      const ok = orgShort.get(w);
      if (ok) {
        this.push(f, i, i + 1, { kind: 'ORGANIZATION', key: ok, name: t.base, code: null, nameForm: true });
        continue;
      }
      if (pd.titled) continue;
      const m = matchAt(this.gaz, ts, i, pd.tokEnd);
      if (m) {
        // hyphen compounds: "U.S.-China", "Russia-Ukraine"
        if (m.end < pd.tokEnd) this.scanInner(f, i, pd.tokEnd);
        else this.emitGazMatch(f, i, m.end, m.entries, false);
        continue;
      }
      // "K-pop", single letters
      if (t.kind === 'word' && t.base.length < 2) continue;
      const nx = ts[i + 1];
      if (nx && nx.text === '-' && !nx.spaceBefore && ts[i + 2] && !ts[i + 2].cap) continue;
      if (t.upper && !NON_ORG_ACRONYMS.has(low(t)) && t.base.length <= 6 && /^\p{Lu}+$/u.test(t.base)) {
        this.emitOrg(f, i, i + 1, t.base, pd.possCountry);
        continue;
      }
      if (t.kind === 'initialism' && t.base.length <= 8) {
        this.emitOrg(f, i, i + 1, t.base, pd.possCountry);
        continue;
      }
      // inner capitals mark a brand ("NatWest", "PayPal"), not a name ("McDonald", "DeSantis")
      if (
        t.kind === 'word' &&
        /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(t.base) &&
        !/^(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O)\p{Lu}/u.test(t.base)
      ) {
        this.emitOrg(f, i, i + 1, t.base, pd.possCountry);
        continue;
      }
      if (this.listCue(f, i)) {
        this.emitOrg(f, i, i + 1, t.base, pd.possCountry);
        continue;
      }
      const lw = t.base.toLowerCase();
      if (this.docLower.has(lw) || COMMON_CAPS.has(lw)) continue;
      if (pd.sentInitial && !this.placeContext(f, i, i + 1)) continue;
      const cue = this.nounCue(f, i, pd.tokEnd);
      if (cue === 'PLACE' && !pd.sentInitial && !isFirstName(lw) && !EAST_ASIAN_SURNAMES.has(lw)) {
        const city = this.gaz.cities.get(placeKey(t.base));
        this.emitPlace(f, i, i + 1, t.base, city?.country ?? this.contextCountry(f, i));
        continue;
      }
      if ((pd.possCountry || cue === 'ORG') && !isFirstName(lw)) {
        // a hyphenated name keeps its parts ("the rescue group Sea-Watch")
        const e = pd.tokEnd;
        if (e > i + 1) this.emitOrg(f, i, e, f.text.slice(t.start, ts[e - 1].end), pd.possCountry);
        else this.emitOrg(f, i, i + 1, t.base, pd.possCountry);
        continue;
      }
      const next = ts[i + 1];
      if (next && SPEECH_VERBS.has(low(next))) continue;
      const city = this.gaz.cities.get(placeKey(t.base));
      if (city) {
        const ctx = this.placeContext(f, i, i + 1);
        const nameWord = isFirstName(lw) || EAST_ASIAN_SURNAMES.has(lw) || NON_NAME_WORDS.has(lw);
        const strongCtx = ctx && (!ts[i - 1] || low(ts[i - 1]) !== 'to' || city.population >= 20000);
        if ((city.population >= 100000 && !nameWord) || (strongCtx && !nameWord && city.population >= 1000)) {
          this.emitPlace(f, i, i + 1, t.base, this.followingState(f, i + 1) ?? city.country);
        }
      }
    }
    this.pending.length = 0;
    // merge org mentions whose name is a short form of a longer org
    for (const m of this.mentions) {
      if (m.kind !== 'ORGANIZATION') continue;
      const target = orgShort.get(normName(m.name).replace(/^the /, ''));
      if (target && target !== m.key) m.key = target;
    }
  }

  /** Short forms of the article's organizations: "Huawei" (company), "Hornets" (team), "Foreign Ministry" (gov). */
  private orgShortForms(): Map<string, string> {
    const out = new Map<string, string>();
    for (const o of this.orgs.values()) {
      const w = o.words;
      if (w.length < 2) continue;
      if (o.company) out.set(w.slice(0, -1).join(' '), o.key);
      if (o.company && w.length >= 3 && !this.docLower.has(w[0]) && !this.isGazWord(w[0]))
        out.set(w[0], o.key);
      if (o.team && !this.isGazWord(w[w.length - 1])) out.set(w[w.length - 1], o.key);
      // country / acronym prefix: "Taiwanese Foreign Ministry" → "Foreign Ministry", "NBA Board of Governors"
      const firstRaw = o.name.split(/\s+/)[0];
      for (let k = 1; k < w.length; k++) {
        const prefix = w.slice(0, k).join(' ');
        const acronym = k === 1 && /^[A-Z.]{2,6}$/.test(firstRaw);
        if (this.gaz.countryWord.has(prefix) || acronym) {
          const rest = w.slice(k);
          if (rest.length >= 2 || (o.gov && rest.length >= 1)) out.set(rest.join(' '), o.key);
        }
      }
      // "Gavi, the Vaccine Alliance" → "Gavi"
      const comma = o.name.indexOf(', the ');
      if (comma > 0) out.set(normName(o.name.slice(0, comma)), o.key);
      if (w[w.length - 2] === 'news' && w[w.length - 1] === 'agency')
        out.set(w.slice(0, -2).join(' '), o.key);
    }
    return out;
  }

  private isGazWord(w: string): boolean {
    return this.gaz.root.next.get(w)?.entries !== undefined || this.gaz.cities.has(w);
  }

  /** "HTFD" ↔ "Harrison Township Fire Department", "JCG" ↔ "Japan Coast Guard". */
  private linkAcronyms() {
    const initialsOf = new Map<string, string>();
    for (const o of this.orgs.values()) {
      const ws = o.name
        .replace(/^the\s+/i, '')
        .split(/[\s-]+/)
        .filter(Boolean);
      if (ws.length < 2) continue;
      const all = ws
        .map((x) => x[0])
        .join('')
        .toUpperCase();
      const caps = ws
        .filter((x) => /^[\p{Lu}&]/u.test(x))
        .map((x) => x[0])
        .join('')
        .toUpperCase();
      initialsOf.set(all, o.key);
      initialsOf.set(caps, o.key);
    }
    // "Democratic Alliance (DA)": an acronym in parentheses right after an organization names it
    const byEnd = new Map<number, Mention>();
    for (const m of this.mentions) if (m.kind === 'ORGANIZATION' && m.field === 'body') byEnd.set(m.end, m);
    const text = this.body.text;
    for (const m of this.mentions) {
      if (m.kind !== 'ORGANIZATION') continue;
      const bare = m.name.replace(/\./g, '');
      if (!/^\p{Lu}{2,6}$/u.test(bare)) continue;
      let target = initialsOf.get(bare);
      if (!target && m.field === 'body' && text[m.start - 1] === '(' && text[m.end] === ')') {
        const before = byEnd.get(m.start - 2) ?? byEnd.get(m.start - 1);
        if (before && before !== m) target = before.key;
      }
      if (target && target !== m.key) m.key = target;
    }
  }

  // ---------------------------------------------------------------- title

  private processTitle() {
    const f = this.title;
    const ts = f.tokens;
    if (!ts.length) return;
    // names known from the body
    const known = new Map<string, { kind: EntityKind; key: string; code: string | null }>();
    for (const m of this.mentions) {
      if (m.kind === 'COUNTRY') continue;
      known.set(normName(m.surface), { kind: m.kind, key: m.key, code: m.code });
      if (m.kind === 'PERSON') {
        const p = this.persons.get(m.key);
        if (p) {
          known.set(p.tokens[p.tokens.length - 1], { kind: 'PERSON', key: p.key, code: null });
          if (p.eastAsian) known.set(p.tokens[0], { kind: 'PERSON', key: p.key, code: null });
        }
      }
    }
    let i = 0;
    while (i < ts.length) {
      const t = ts[i];
      if (!isNameish(t)) {
        i++;
        continue;
      }
      // longest known body name
      let bestEnd = -1;
      let best: { kind: EntityKind; key: string; code: string | null } | undefined;
      let k = i;
      let surf = '';
      for (let n = 0; n < 5 && k < ts.length; n++) {
        const tk = ts[k];
        if (tk.kind === 'punct' && !(tk.text === '-' && !tk.spaceBefore)) break;
        surf += (surf && tk.spaceBefore ? ' ' : '') + tk.base;
        k++;
        const hit = known.get(normName(surf));
        if (hit) {
          bestEnd = k;
          best = hit;
        }
        if (tk.possessive) break;
      }
      const gm = matchAt(this.gaz, ts, i, ts.length);
      if (best && (!gm || bestEnd >= gm.end)) {
        this.push(f, i, bestEnd, {
          kind: best.kind,
          key: best.key,
          name: surf,
          code: best.code,
          nameForm: false,
        });
        i = bestEnd;
        continue;
      }
      if (gm) {
        const e = gm.entries[0];
        if (e.kind === 'COUNTRY' || e.kind === 'PLACE') {
          // a bare country word that the body uses as a person's name is not a country here
          const w = normName(f.text.slice(ts[i].start, ts[gm.end - 1].end));
          if (!(gm.end - i === 1 && [...this.persons.values()].some((p) => p.tokens.includes(w))))
            this.emitGazMatch(f, i, gm.end, gm.entries, false);
        }
        i = gm.end;
        continue;
      }
      i++;
    }
    // title-only mentions do not add name forms
    for (const m of this.mentions) if (m.field === 'title') m.nameForm = false;
  }

  // ---------------------------------------------------------------- context decisions

  private resolveContext() {
    const codes = new Set(
      this.mentions.filter((m) => m.kind === 'COUNTRY' || m.kind === 'PLACE').map((m) => m.code),
    );
    // Georgia: U.S. state or country
    let ge = 0;
    let us = this.georgiaUsCues;
    for (const m of this.mentions) {
      if (m.kind === 'COUNTRY' && ['RU', 'AM', 'AZ', 'UA', 'TR', 'IR'].includes(m.code ?? '')) ge++;
      if (m.kind === 'COUNTRY' && m.code === 'GE') ge += 2;
      if (m.kind === 'PLACE' && m.code === 'GE') ge += 2;
      if (m.kind === 'PLACE' && m.code === 'US') us += 1;
      if (m.kind === 'COUNTRY' && m.code === 'US') us += 0.5;
    }
    const bodyText = this.body.text;
    if (
      /\bstate of Georgia\b|\bGeorgia(?:'s|’s)? (?:Gov\.|[Gg]overnor|Senate|House|[Ll]egislature|General Assembly|lawmakers|voters|Republicans|Democrats|sheriff)|\b(?:Atlanta|Savannah|Augusta|Macon)\b/.test(
        bodyText,
      )
    )
      us += 3;
    const georgiaIsState = us > ge;
    const hasKR = codes.has('KR');
    const hasKP = codes.has('KP');
    const hasCG = codes.has('CG');
    const hasCD = codes.has('CD');
    const out: Mention[] = [];
    for (const m of this.mentions) {
      if (m.kind === 'COUNTRY' && m.code === 'GE?') {
        if (georgiaIsState) {
          out.push({ ...m, kind: 'PLACE', key: placeKey('Georgia'), name: 'Georgia', code: 'US' });
          continue;
        }
        m.code = 'GE';
        m.key = 'GE';
      }
      if (m.kind === 'COUNTRY' && m.code === 'KR?') {
        const c = hasKR ? 'KR' : hasKP ? 'KP' : null;
        if (!c) continue;
        m.code = c;
        m.key = c;
        m.name = c === 'KR' ? 'South Korea' : 'North Korea';
      }
      if (m.kind === 'COUNTRY' && m.code === 'KO?') {
        const c = hasKP && !hasKR ? 'KP' : 'KR';
        m.code = c;
        m.key = c;
        m.name = c === 'KR' ? 'South Korea' : 'North Korea';
      }
      if (m.kind === 'COUNTRY' && m.code === 'CD?') {
        const c = hasCG && !hasCD ? 'CG' : 'CD';
        m.code = c;
        m.key = c;
        m.name = this.gaz.countries.get(c)?.name ?? c;
      }
      out.push(m);
    }
    this.mentions.length = 0;
    for (const m of out) this.mentions.push(m);
  }

  // ---------------------------------------------------------------- output

  private assemble(): ExtractedEntity[] {
    const groups = new Map<string, Mention[]>();
    for (const m of this.mentions) {
      const gk = `${m.kind}:${m.key}`;
      let g = groups.get(gk);
      if (!g) groups.set(gk, (g = []));
      g.push(m);
    }
    const out: ExtractedEntity[] = [];
    const leadEnd = this.body.sentences[1]?.end ?? this.body.sentences[0]?.end ?? 0;
    for (const ms of groups.values()) {
      const kind = ms[0].kind;
      // person entities need at least one full-name mention
      if (kind === 'PERSON' && !this.persons.has(ms[0].key)) continue;
      let name: string;
      let code: string | null;
      const forms = new Map<string, string>();
      for (const m of ms) {
        if (!m.nameForm || m.field !== 'body') continue;
        const n = kind === 'PLACE' ? titleCase(m.surface) : m.surface.replace(/^the\s+/i, '');
        const k = normName(n);
        if (!forms.has(k)) forms.set(k, n);
      }
      if (kind === 'COUNTRY') {
        code = ms[0].code;
        name = this.gaz.countries.get(code ?? '')?.name ?? ms[0].name;
      } else if (kind === 'PERSON') {
        name = this.persons.get(ms[0].key)
          ? longest(ms.filter((m) => m.nameForm).map((m) => m.surface))
          : ms[0].name;
        code = mostCommon(ms.map((m) => m.code));
      } else if (kind === 'ORGANIZATION') {
        const named = ms
          .filter((m) => m.nameForm && m.field === 'body')
          .map((m) => m.surface.replace(/^the\s+/i, ''));
        name = named.length ? longest(named) : ms[0].name;
        code = mostCommon(ms.map((m) => m.code));
      } else {
        name = longest(ms.filter((m) => m.field === 'body').map((m) => titleCase(m.surface))) || ms[0].name;
        code = mostCommon(ms.map((m) => m.code)) ?? ms[0].code;
      }
      if (!name) name = ms[0].name;
      const aliases = [...forms.values()].filter((x) => normName(x) !== normName(name));
      const evidence: MentionEvidence[] = [];
      let titleHits = 0;
      let leadHits = 0;
      const seen = new Set<number>();
      for (const m of ms) {
        const sk = (m.field === 'title' ? -1 : 1) * (m.start * 65536 + (m.end - m.start) + 1);
        if (seen.has(sk)) continue;
        seen.add(sk);
        if (m.field === 'title') titleHits++;
        else if (m.start < leadEnd) leadHits++;
        if (evidence.length < MAX_EVIDENCE) {
          const f = m.field === 'title' ? this.title : this.body;
          const s = f.sentences[m.sent];
          evidence.push({
            field: m.field,
            start: m.start,
            end: m.end,
            sentence: s ? f.text.slice(s.start, s.end) : '',
            sentenceStart: s ? s.start : 0,
          });
        }
      }
      const count = seen.size;
      const salience = Math.min(
        1,
        Math.round(
          (1 - Math.exp(-(count + 3 * Math.min(titleHits, 1) + 1.5 * Math.min(leadHits, 2)) / 4)) * 1000,
        ) / 1000,
      );
      evidence.sort((x, y) => (x.field === y.field ? x.start - y.start : x.field === 'title' ? -1 : 1));
      out.push({ kind, name, countryCode: code || null, aliases, count, salience, evidence });
    }
    out.sort((x, y) => y.salience - x.salience || x.name.localeCompare(y.name));
    return out;
  }
}

// ---------------------------------------------------------------- helpers

function makeField(field: ArticleField, text: string): FieldDoc {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  return { field, text, tokens, sentences, used: new Uint8Array(tokens.length) };
}

/** Replace control characters (keeps offsets: same length). */
function sanitize(s: string): string {
  // eslint-disable-next-line no-control-regex
  return typeof s === 'string' ? s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ') : '';
}

function countWords(ts: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) {
    if (ts[k].kind === 'punct') continue;
    const particle = (t: Token) => !t.cap && !t.upper && NAME_PARTICLES.has(t.base.toLowerCase());
    // "Jong-un" is one word; "al-Ansari" counts "Ansari"
    if (k > a + 1 && !ts[k].spaceBefore && ts[k - 1].text === '-' && !particle(ts[k - 2])) continue;
    if (particle(ts[k])) continue;
    n++;
  }
  return n;
}

/** Organization identity key: "U.S. Department of Commerce" and "commerce department" differ only by country. */
export function orgKey(name: string): string {
  let n = normName(name).replace(/^the /, '');
  n = n.replace(/^(department|ministry) of (?:the )?([a-z]+)$/, '$2 $1');
  n = n.replace(/^(.+) (department|ministry) of (?:the )?([a-z]+)$/, '$1 $3 $2');
  return n;
}

function titleCase(s: string): string {
  if (/\p{Ll}/u.test(s)) return s;
  // "CHARLOTTE" → "Charlotte", "N.C." stays
  return s.replace(/\p{L}{2,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

function longest(xs: string[]): string {
  let best = '';
  for (const x of xs) if (x.length > best.length) best = x;
  return best;
}

function mostCommon(xs: Array<string | null>): string | null {
  const c = new Map<string, number>();
  for (const x of xs) if (x && !x.endsWith('?')) c.set(x, (c.get(x) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of c) if (v > n) [best, n] = [k, v];
  return best;
}
