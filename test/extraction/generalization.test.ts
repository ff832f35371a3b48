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

  it('splits "X-based Y" and "X-run Y": Y is the organization, X a place', () => {
    const r = run('Shares of Bergen-based Tidewater Ferries rose. Lagos-headquartered Zenova Group fell.');
    expect(names(r, 'ORGANIZATION')).toEqual(['Tidewater Ferries', 'Zenova Group']);
    expect(places(r)).toEqual([
      ['Bergen', 'NO'],
      ['Lagos', 'NG'],
    ]);
    const q = run('The rebel-run Sawt Radio and the Kenya-based Horn Institute reported it.');
    expect(names(q, 'ORGANIZATION')).toEqual(['Horn Institute', 'Sawt Radio']);
    expect(countries(q)).toEqual(['KE']);
    const w = run('A dispute with Ohio-based Norwood Electric Co. Norwood and its rival ended.');
    expect(names(w, 'ORGANIZATION')).toEqual(['Norwood Electric Co.']);
    expect(names(run('Shares of Tidewater rose, and shares in Orkla fell.'), 'ORGANIZATION')).toEqual([
      'Orkla',
      'Tidewater',
    ]);
    expect(names(run('A column in the French-language Quotidien Matin said so.'), 'ORGANIZATION')).toEqual(
      [],
    );
  });

  it('keeps a country word inside an organization name from counting as the country', () => {
    const r = run('Air Peru ordered jets. Radio Chile and Energie du Mali reported it.');
    expect(names(r, 'ORGANIZATION')).toEqual(['Air Peru', 'Energie du Mali', 'Radio Chile']);
    expect(countries(r)).toEqual([]);
    const q = run('Shares fell on the Brazil Exchange and at Lindqvist Capital Markets.');
    expect(names(q, 'ORGANIZATION')).toEqual(['Brazil Exchange', 'Lindqvist Capital Markets']);
    expect(countries(q)).toEqual([]);
  });

  it('does not take units and model names after a number for organizations', () => {
    const r = run('The dam will add 900 MW. The airline flies 20 XLR jets built by Boeing.');
    expect(names(r, 'ORGANIZATION')).toEqual(['Boeing']);
  });

  it('reads a country word used as a given name as part of a person', () => {
    const r = run('Georgia Okafor added 12 points. Israel Quintero, a nurse, said the clinic was full.');
    expect(names(r, 'PERSON')).toEqual(['Georgia Okafor', 'Israel Quintero']);
    expect(countries(r)).toEqual([]);
    expect(countries(run('Kenya and Uganda signed a deal with Israel Aerospace.'))).toEqual([
      'IL',
      'KE',
      'UG',
    ]);
  });

  it('keeps honorifics after a given name and two-letter initials in the name', () => {
    expect(names(run('He met his counterpart, Ahmed Sheikh Warsame, in the capital.'), 'PERSON')).toEqual([
      'Ahmed Sheikh Warsame',
    ]);
    expect(names(run('A.J. Pennock had 14 points and six assists.'), 'PERSON')).toEqual(['A.J. Pennock']);
  });

  it('reads a byline line as people', () => {
    const r = run('By Amara Obi and Tom Reyes\nLAGOS, May 2 - The vote passed.');
    expect(names(r, 'PERSON')).toEqual(['Amara Obi', 'Tom Reyes']);
    expect(names(run('The talks went on. By Sunday Evening the deal was done.'), 'PERSON')).toEqual([]);
  });

  it('never reads the words before a title as a person', () => {
    const r = run('The talks were led by Deputy Water Resources Minister Omar Haddad.');
    expect(names(r, 'PERSON')).toEqual(['Omar Haddad']);
    const q = run('"Trade is down," Energy Cabinet Secretary Ruth Kamau told reporters.');
    expect(names(q, 'PERSON')).toEqual(['Ruth Kamau']);
    expect(names(q, 'ORGANIZATION')).toEqual([]);
  });

  it('treats a Forum as an organization and an end marker as nothing', () => {
    const r = run('Arctic Rivers Forum leaders met in Oslo. (END)');
    expect(names(r, 'ORGANIZATION')).toEqual(['Arctic Rivers Forum']);
  });

  it('reads "the <place> <Name>" as a team', () => {
    const r = run('She came over from the Denver Comet in a trade. Next up: the Ohio Thunder on Sunday.');
    expect(names(r, 'ORGANIZATION')).toEqual(['Denver Comet', 'Ohio Thunder']);
    expect(places(r)).toEqual([]);
  });

  it('reads a name before a site noun or a place appositive as a place', () => {
    const r = run(
      'Work began at the Velsk nuclear plant and the Oruna gas field. Lines run from the Kabri substation.',
    );
    expect(names(r, 'PLACE')).toEqual(['Kabri', 'Oruna', 'Velsk']);
    const q = run('Troops moved into Harodia, a semi-autonomous region that borders Ethiopia.');
    expect(names(q, 'PLACE')).toEqual(['Harodia']);
    expect(names(run('Musa Keita, a state senator, spoke.'), 'PLACE')).toEqual([]);
    expect(names(run('Raids by the Maoist group continued.'), 'ORGANIZATION')).toEqual([]);
  });

  it('keeps a lower-case Arabic article with a listed group name', () => {
    const r = run('Officials blamed al-Shabaab for the raid; al Qaeda denied a role.');
    expect(names(r, 'ORGANIZATION')).toEqual(['al Qaeda', 'al-Shabaab']);
    expect(names(run('Ahmed al-Rashid met Saad al-Hariri.'), 'PERSON')).toEqual([
      'Ahmed al-Rashid',
      'Saad al-Hariri',
    ]);
  });

  it('keeps a sentence-initial org lead word and reads palaces and stadiums as places', () => {
    const r = run('The air was thin. Air Peru completed its merger at the Quinta Palace.');
    expect(names(r, 'ORGANIZATION')).toEqual(['Air Peru']);
    expect(names(r, 'PLACE')).toEqual(['Quinta Palace']);
  });

  it('reads lists after plural business nouns and inner-capital brands as organizations', () => {
    const r = run(
      'Miners such as Kestrel, Dunmore Holdings and Orvane rose, and lenders including Brightvale fell.',
    );
    expect(names(r, 'ORGANIZATION')).toEqual(['Brightvale', 'Dunmore Holdings', 'Kestrel', 'Orvane']);
    expect(names(run('Customers left TrueMart for a rival.'), 'ORGANIZATION')).toEqual(['TrueMart']);
    expect(names(run('Ron DeSantis and Mike McDonald spoke.'), 'ORGANIZATION')).toEqual([]);
    expect(names(run('Leaders such as Macron and Scholz met.'), 'ORGANIZATION')).toEqual([]);
  });

  it('knows a broader international set of given names', () => {
    const r = run('Officials Chinedu Okoro, Zeynep Aydin and Tomasz Nowak met Thabo Ndlovu.');
    expect(names(r, 'PERSON')).toEqual(['Chinedu Okoro', 'Thabo Ndlovu', 'Tomasz Nowak', 'Zeynep Aydin']);
  });

  it('matches given names with accents and reads a sentence-initial role noun as a cue', () => {
    expect(names(run('José Ibáñez Ortega said it was late.'), 'PERSON')).toEqual(['José Ibáñez Ortega']);
    expect(names(run('Researcher Lin Pei-shan said the data was clear.'), 'PERSON')).toEqual([
      'Lin Pei-shan',
    ]);
  });
});
