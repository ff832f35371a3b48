import { describe, expect, it } from 'vitest';
import { countries, run } from './helpers';

/**
 * The context rules for names that leave the country open (src/extraction/extractor.ts,
 * resolveContext): "Korean" needs the article to name a Korea, "Korea" alone is South Korea,
 * "Congo" alone is the Democratic Republic. One cue per sentence, so each rule shows on its own;
 * the expectations are the rules read off resolveContext, not the output of a run.
 */
describe('context rules › Korea and Congo', () => {
  it('"Korean" alone names no country; with South Korea it is South Korea; with only North Korea, North Korea', () => {
    expect(countries(run('The Korean delegation arrived on Monday.'))).toEqual([]);
    expect(countries(run('South Korea hosted the talks. The Korean delegation arrived on Monday.'))).toEqual([
      'KR',
    ]);
    expect(countries(run('North Korea hosted the talks. The Korean delegation arrived on Monday.'))).toEqual([
      'KP',
    ]);
  });

  // GUIDELINES: "Korean" alone is resolved from context ("Korean firms" in an article about Seoul
  // is KR), so a named place in one Korea settles it as a named country does.
  it('"Korean" with a South Korean city named › South Korea', () => {
    expect(countries(run('Korean shipbuilders opened a yard in Busan on Monday.'))).toEqual(['KR']);
    expect(countries(run('Korean shipbuilders opened a yard in Munich on Monday.'))).toEqual([]);
  });

  it('"Korea" alone is South Korea; with only North Korea named it is North Korea; with both, South Korea', () => {
    expect(countries(run('Exports from Korea rose in March.'))).toEqual(['KR']);
    expect(countries(run('North Korea said exports from Korea rose in March.'))).toEqual(['KP']);
    expect(countries(run('North Korea and South Korea said exports from Korea rose.'))).toEqual(['KP', 'KR']);
  });

  it('"Congo" alone is the Democratic Republic of the Congo', () => {
    expect(countries(run('Rains flooded roads in Congo this week.'))).toEqual(['CD']);
  });
});

/**
 * Which entity a bare "Korea", "Korean" or "Congo" mention joins, when both countries of the pair
 * are named: the country lists are the same either way, so these count each entity's mentions
 * (hand-counted from the sentence: the full name once, the bare word once more).
 */
describe('context rules › the bare word joins one country when both are named', () => {
  const count = (body: string) =>
    Object.fromEntries(
      run(body)
        .entities.filter((e) => e.kind === 'COUNTRY')
        .map((e) => [e.countryCode, e.count]),
    );

  it('"Korea" with both Koreas named › South Korea', () => {
    expect(count('North Korea and South Korea said exports from Korea rose.')).toEqual({ KP: 1, KR: 2 });
  });

  it('"Korean" with both Koreas named › South Korea', () => {
    expect(count('North Korea and South Korea met. The Korean delegation arrived on Monday.')).toEqual({
      KP: 1,
      KR: 2,
    });
  });

  it('"Korean" with only North Korea named › North Korea, named as such', () => {
    const r = run('The Korean delegation arrived on Monday. North Korea hosted the talks.');
    expect(
      r.entities.filter((e) => e.kind === 'COUNTRY').map((e) => [e.countryCode, e.name, e.count]),
    ).toEqual([['KP', 'North Korea', 2]]);
  });

  it('"Congo" with only the Republic of the Congo named › the Republic', () => {
    expect(count('The Republic of the Congo said rains flooded roads in Congo.')).toEqual({ CG: 2 });
  });

  it('"Congo" with both Congos named › the Democratic Republic', () => {
    expect(
      count('The Republic of the Congo and the Democratic Republic of the Congo said rains flooded Congo.'),
    ).toEqual({ CD: 2, CG: 1 });
  });
});
