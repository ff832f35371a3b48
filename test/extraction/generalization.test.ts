import { describe, expect, it } from 'vitest';
import { countries, names, places, run } from './helpers';

describe('generalization rules', () => {
  it('counts dependent territories with their own ISO code as countries', () => {
    expect(countries(run('Delegates from Greenland and American Samoa met envoys from Samoa.'))).toEqual([
      'AS',
      'GL',
      'WS',
    ]);
  });

  it('knows English exonyms of large cities and named mountain ranges', () => {
    expect(places(run('The talks moved from Geneva to Cologne, far from the Alps.'))).toEqual([
      ['Alps', ''],
      ['Cologne', 'DE'],
      ['Geneva', 'CH'],
    ]);
  });

  it('does not treat broad regions as places', () => {
    const r = run('Gulf states and Pacific nations worry about the Middle East.');
    expect(places(r)).toEqual([]);
    expect(names(r, 'PLACE')).toEqual([]);
  });
});
