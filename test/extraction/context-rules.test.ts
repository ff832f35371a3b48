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

  it('"Korea" alone is South Korea; with only North Korea named it is North Korea; with both, South Korea', () => {
    expect(countries(run('Exports from Korea rose in March.'))).toEqual(['KR']);
    expect(countries(run('North Korea said exports from Korea rose in March.'))).toEqual(['KP']);
    expect(countries(run('North Korea and South Korea said exports from Korea rose.'))).toEqual(['KP', 'KR']);
  });

  it('"Congo" alone is the Democratic Republic of the Congo', () => {
    expect(countries(run('Rains flooded roads in Congo this week.'))).toEqual(['CD']);
  });
});
