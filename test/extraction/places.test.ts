import { describe, expect, it } from 'vitest';
import { countries, places, prediction, run } from './helpers';

describe('places', () => {
  it('finds cities with their country codes from the cities gazetteer', () => {
    const r = run('The others won titles in Sydney, in St Petersburg and in Vina del Mar.');
    expect(places(r)).toEqual([
      ['St Petersburg', 'RU'],
      ['Sydney', 'AU'],
      ['Vina del Mar', 'CL'],
    ]);
    expect(countries(r)).toEqual([]);
  });

  it('reads datelines, including all-caps ones and U.S. state abbreviations', () => {
    expect(prediction('CHARLOTTE, N.C. — The team was sold.').places.sort()).toEqual([
      ['Charlotte', 'US'],
      ['N.C.', 'US'],
    ]);
    expect(prediction('KHARTOUM, June 29 (Reuters) - Talks began.').countries).toEqual(['SD']);
  });

  it('uses ", Fla." after a town and "County" names', () => {
    const p = prediction(
      'He was held in a Broward County, Fla., jail after a fight at his Davie, Fla., home.',
    );
    expect(p.places.sort()).toEqual([
      ['Broward County', 'US'],
      ['Davie', 'US'],
      ['Fla.', 'US'],
    ]);
  });

  it('lists seas and peninsulas with an empty code', () => {
    expect(prediction('A missile fell into the East Sea off the Korean Peninsula.').places.sort()).toEqual([
      ['East Sea', ''],
      ['Korean Peninsula', ''],
    ]);
  });

  it('finds regions and landmarks', () => {
    const p = prediction('Russia backs Abkhazia and South Ossetia. Huang visited the White House.');
    expect(p.places.sort()).toEqual([
      ['Abkhazia', 'GE'],
      ['South Ossetia', 'GE'],
      ['White House', 'US'],
    ]);
  });

  it('uses place context for small towns ("northeast of X")', () => {
    expect(prediction('The fire was northeast of Circleville on Thursday.').places).toEqual([
      ['Circleville', 'US'],
    ]);
  });

  it('does not list places that only occur inside organization names', () => {
    expect(prediction('The Ohio State Highway Patrol and the Atlanta Hawks agreed.').places).toEqual([]);
  });

  it('tells the Amazon river from Amazon the company', () => {
    expect(prediction('Drilling near the mouth of the Amazon worries scientists.').places).toEqual([
      ['Amazon', 'BR'],
    ]);
    expect(prediction('Shares of Amazon rose.').organizations).toEqual(['Amazon']);
  });

  it('reads a town used as an adjective for a resident ("a Warwick man")', () => {
    expect(prediction('A Warwick man was charged; the Smith family was not home.').places).toEqual([
      ['Warwick', 'US'],
    ]);
  });
});
