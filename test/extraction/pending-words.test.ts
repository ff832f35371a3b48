import { describe, expect, it } from 'vitest';
import type { ExtractedEntity, ExtractionResult } from '../../src/extraction';
import { countries, entity, names, places, run } from './helpers';

/**
 * Single capitalized words that are not yet resolved when the full names are known
 * (docs/extraction.md, pipeline step 6): a person's surname or first name used alone, an
 * organization's short form, acronyms, brands, list members, places by cue or by the city table.
 */

/** The body text each mention of one entity points at, in order. */
function spans(body: string, r: ExtractionResult, kind: ExtractedEntity['kind'], name: string): string[] {
  const e = entity(r, kind, name);
  if (!e) throw new Error(`no ${kind} named ${name}`);
  return e.evidence.map((v) => body.slice(v.start, v.end));
}

describe('single words: people', () => {
  it('links a surname and a first name used alone to the full name, as mentions, not name forms', () => {
    const body =
      'Chad Johnson opened the bakery on Monday. Johnson said the bread sold out, and Chad smiled.';
    const r = run(body);
    expect(names(r, 'PERSON')).toEqual(['Chad Johnson']);
    expect(entity(r, 'PERSON', 'Chad Johnson')!.count).toBe(3);
    expect(entity(r, 'PERSON', 'Chad Johnson')!.aliases).toEqual([]);
    expect(spans(body, r, 'PERSON', 'Chad Johnson')).toEqual(['Chad Johnson', 'Johnson', 'Chad']);
    expect(countries(r)).toEqual([]);
  });

  it('reads a lone word as a surname before reading it as another person’s first name', () => {
    const r = run('Laura Grant chaired the meeting with Grant Whitfield. Grant said the budget was tight.');
    expect(names(r, 'PERSON')).toEqual(['Grant Whitfield', 'Laura Grant']);
    expect(entity(r, 'PERSON', 'Laura Grant')!.count).toBe(2);
    expect(entity(r, 'PERSON', 'Grant Whitfield')!.count).toBe(1);
  });

  it('keeps a surname that is also the first word of a company with the person', () => {
    const r = run('Grant Oberlyn founded Oberlyn Steel Corp in 1990. Oberlyn said sales rose.');
    expect(names(r, 'PERSON')).toEqual(['Grant Oberlyn']);
    expect(entity(r, 'PERSON', 'Grant Oberlyn')!.count).toBe(2);
    expect(names(r, 'ORGANIZATION')).toEqual(['Oberlyn Steel Corp']);
    expect(entity(r, 'ORGANIZATION', 'Oberlyn Steel Corp')!.count).toBe(1);
  });

  it('does not read a country or capital name used for a person as the country or the city', () => {
    const titled = run('Mayor Jordan promised new parks.');
    expect(countries(titled)).toEqual([]);
    expect(places(titled)).toEqual([]);
    const captain = run('Reporters met Kingston, the team’s captain, after the vote.');
    expect(countries(captain)).toEqual([]);
    expect(places(captain)).toEqual([]);
  });
});

describe('single words: organizations', () => {
  it('takes short all-capital words and initialisms for organizations', () => {
    const acronym = 'Lawyers for TELKOR said the deal was fair.';
    const r = run(acronym);
    expect(names(r, 'ORGANIZATION')).toEqual(['TELKOR']);
    expect(spans(acronym, r, 'ORGANIZATION', 'TELKOR')).toEqual(['TELKOR']);
    const initialism = 'Officials at R.K.V. said the plan would work.';
    const s = run(initialism);
    expect(names(s, 'ORGANIZATION')).toEqual(['R.K.V.']);
    expect(spans(initialism, s, 'ORGANIZATION', 'R.K.V.')).toEqual(['R.K.V.']);
    expect(names(run('Officials at A.B.C.D. said the plan would work.'), 'ORGANIZATION')).toEqual([
      'A.B.C.D.',
    ]);
  });

  it('does not take a shouted word or name, a model name, a business term or a law for an organization', () => {
    expect(names(run('The shop sign read WELCOME in red letters.'), 'ORGANIZATION')).toEqual([]);
    expect(names(run('Engineers tested the new XR12 engine on Friday.'), 'ORGANIZATION')).toEqual([]);
    expect(names(run('Lawmakers drafted a GDPR-style privacy law.'), 'ORGANIZATION')).toEqual([]);
    expect(names(run('GDPR-style rules spread fast.'), 'ORGANIZATION')).toEqual([]);
    expect(names(run('The B2B market grew quickly.'), 'ORGANIZATION')).toEqual([]);
    expect(names(run('Fans still chant O’NEIL at every game.'), 'ORGANIZATION')).toEqual([]);
  });

  it('does not take a placeholder letter for an organization', () => {
    expect(names(run('The lawsuit says company A paid firm B twice.'), 'ORGANIZATION')).toEqual([]);
  });

  it('takes a word with inner capitals for a brand, but not a Mac/Mc surname', () => {
    const body = 'Drivers for BrightVanGo said fares rose.';
    const r = run(body);
    expect(names(r, 'ORGANIZATION')).toEqual(['BrightVanGo']);
    expect(spans(body, r, 'ORGANIZATION', 'BrightVanGo')).toEqual(['BrightVanGo']);
    expect(names(run('Fans cheered when MacLeod scored again.'), 'ORGANIZATION')).toEqual([]);
  });

  it('takes the members of a list after a business noun, even a word the article also uses in lower case', () => {
    const body = 'Lenders such as Harbor and Keystone cut rates. Boats filled the harbor on Sunday.';
    const r = run(body);
    expect(names(r, 'ORGANIZATION')).toEqual(['Harbor', 'Keystone']);
    expect(spans(body, r, 'ORGANIZATION', 'Harbor')).toEqual(['Harbor']);
    expect(places(r)).toEqual([]);
  });

  it('names an organization after an organization noun without its possessive, and keeps a hyphenated name whole', () => {
    const body = 'The chipmaker Vexlo’s profit rose in the third quarter.';
    const r = run(body);
    expect(names(r, 'ORGANIZATION')).toEqual(['Vexlo']);
    expect(spans(body, r, 'ORGANIZATION', 'Vexlo')).toEqual(['Vexlo']);
    const hyphenated = 'Volunteers from the rescue group Vela-Mar said the boat was full.';
    const s = run(hyphenated);
    expect(names(s, 'ORGANIZATION')).toEqual(['Vela-Mar']);
    expect(spans(hyphenated, s, 'ORGANIZATION', 'Vela-Mar')).toEqual(['Vela-Mar']);
  });
  it('links an acronym given in parentheses to a hyphenated organization named after an organization noun', () => {
    const body =
      'The rescue group Vela-Mar (VM) said the boat was full. VM crews waited. Fishermen thanked the rescue group Vela-Mar.';
    const r = run(body);
    expect(names(r, 'ORGANIZATION')).toEqual(['Vela-Mar']);
    expect(entity(r, 'ORGANIZATION', 'Vela-Mar')!.count).toBe(4);
    expect(entity(r, 'ORGANIZATION', 'Vela-Mar')!.aliases).toEqual(['VM']);
  });
});

describe('single words: places', () => {
  it('takes a city before a place noun, with the city’s country', () => {
    const body = 'Flooding hit farms across the Tula region this week.';
    const r = run(body);
    expect(places(r)).toEqual([['Tula', 'RU']]);
    expect(spans(body, r, 'PLACE', 'Tula')).toEqual(['Tula']);
  });

  it('takes a city followed by its state, at the start of a sentence too', () => {
    const inside = 'The plant in Carlisle, Pa., closed last year.';
    const r = run(inside);
    expect(places(r)).toEqual([
      ['Carlisle', 'US'],
      ['Pa.', 'US'],
    ]);
    expect(spans(inside, r, 'PLACE', 'Carlisle')).toEqual(['Carlisle']);
    expect(places(run('Carlisle, Pa., approved the budget on Tuesday.'))).toEqual([
      ['Carlisle', 'US'],
      ['Pa.', 'US'],
    ]);
  });

  it('does not take a city name for the place when it names a person', () => {
    expect(places(run('Fans cheered and Hamilton said the car was fast.'))).toEqual([]);
    expect(places(run('We spoke with Austin on Tuesday about the harvest.'))).toEqual([]);
    expect(places(run('Reporters spoke to Whitby after the vote.'))).toEqual([]);
    expect(places(run('Reporters spoke to Whitby'))).toEqual([]);
  });

  it('does not take a city name for the place when the article also uses the word in lower case', () => {
    const r = run('Marchers held an Independence parade and spoke about independence for hours.');
    expect(places(r)).toEqual([]);
  });

  it('takes a large city without context, and a town of any size after a place preposition', () => {
    expect(places(run('She moved to Harrogate in 2019.'))).toEqual([['Harrogate', 'GB']]);
    expect(places(run('Tourists flew to Varadero for the holiday.'))).toEqual([['Varadero', 'CU']]);
    expect(places(run('Officials expect Zhangye to host the trade fair.'))).toEqual([['Zhangye', 'CN']]);
    expect(places(run('The ferry arrived in Brades on Monday.'))).toEqual([['Brades', 'MS']]);
  });

  it('does not take a language after a preposition for a village of the same name under 1,000 people', () => {
    const r = run('The court hearing was held in English.');
    expect(places(r)).toEqual([]);
    expect(countries(r)).toEqual([]);
  });
});
