import { describe, expect, it } from 'vitest';
import { names, run } from './helpers';

describe('organization rules for unseen articles', () => {
  it('joins "X and Y Commission" when the second part ends in an institutional head', () => {
    const r = run('The Fisheries and Marine Resources Commission issued new quotas on Monday.');
    expect(names(r, 'ORGANIZATION')).toEqual(['Fisheries and Marine Resources Commission']);
  });

  it('does not join two organizations in a list', () => {
    const r = run('Executives from Vantor Industries and Kelmo Bank met regulators.');
    expect(names(r, 'ORGANIZATION')).toEqual(['Kelmo Bank', 'Vantor Industries']);
  });

  it('keeps "Centres for … and …" names whole', () => {
    const r = run('The Pacific Centres for Ocean Science and Policy published the survey.');
    expect(names(r, 'ORGANIZATION')).toEqual(['Pacific Centres for Ocean Science and Policy']);
  });

  it("splits a person's possessive from the organization after it", () => {
    const r = run("Fighters of Tariq Belmonte's Northern Liberation Army crossed the river, residents said.");
    expect(names(r, 'ORGANIZATION')).toEqual(['Northern Liberation Army']);
    expect(names(r, 'ORGANIZATION')).not.toContain("Tariq Belmonte's Northern Liberation Army");
  });

  it('still keeps "Workers’ Party" and "Sheriff’s Office" together', () => {
    const r = run("The Sheriff's Office and the Workers' Party of Ruritania issued statements.");
    expect(names(r, 'ORGANIZATION')).toContain("Sheriff's Office");
  });

  it('reads "Al X" as a club in a sports sentence only', () => {
    expect(names(run('The striker signed for Al Rawda after the league season.'), 'ORGANIZATION')).toEqual([
      'Al Rawda',
    ]);
    expect(names(run('Al Rawda is a quiet district of the old town.'), 'ORGANIZATION')).toEqual([]);
    expect(names(run('Al-Rawda beat Al-Sahel 2-1 in the derby.'), 'ORGANIZATION')).toEqual([
      'Al-Rawda',
      'Al-Sahel',
    ]);
  });

  it('knows international agencies and federations by acronym or one word', () => {
    const r = run('Frontex and Europol briefed ministers, while FIBA and WADA met. UNDP and the ILO agreed.');
    expect(names(r, 'ORGANIZATION')).toEqual(['Europol', 'FIBA', 'Frontex', 'ILO', 'UNDP', 'WADA']);
  });

  it('keeps the plus of an extended group', () => {
    const r = run('OPEC+ agreed to extend cuts, OPEC delegates said.');
    expect(names(r, 'ORGANIZATION')).toEqual(['OPEC', 'OPEC+']);
  });

  it('reads cue nouns before a single or hyphenated name as organizations', () => {
    const r = run('The rescue group Mare-Aid said the consortium Zelnorgas had refused help.');
    expect(names(r, 'ORGANIZATION')).toEqual(['Mare-Aid', 'Zelnorgas']);
  });

  it('joins "Office for the X District of Y" into one organization', () => {
    const r = run("The Attorney's Office for the Eastern District of Ruritania filed charges.");
    expect(names(r, 'ORGANIZATION')).toEqual(["Attorney's Office for the Eastern District of Ruritania"]);
  });

  it('reads "Name, the X Alliance" as one organization and the bare name as its short form', () => {
    const r = run('Funding came from Medora, the Clean Water Alliance, last year. Medora will pay again.');
    const orgs = r.entities.filter((e) => e.kind === 'ORGANIZATION');
    expect(orgs.map((e) => e.name)).toEqual(['Medora, the Clean Water Alliance']);
    expect(orgs[0].aliases).toContain('Medora');
  });

  it('does not read a date or a place before ", the" as an appositive organization', () => {
    const r = run('On Monday, the Health Ministry said. In Nairobi, the Water Authority, officials said.');
    expect(names(r, 'ORGANIZATION')).toEqual(['Health Ministry', 'Water Authority']);
  });

  it('splits a list joined only through a trimmed "Shares of"', () => {
    const r = run('Shares of Ardentix and Volarion Inc. fell, and Shares of Kelmora and Zyntel rose.');
    expect(names(r, 'ORGANIZATION')).not.toContain('Kelmora and Zyntel');
    expect(names(r, 'ORGANIZATION')).toContain('Kelmora');
  });

  it('does not take power units for organizations', () => {
    const r = run('The substation adds 400 MVA, and MVA ratings of the new units rose; MWh prices fell.');
    expect(names(r, 'ORGANIZATION')).toEqual([]);
  });

  it('reads the name after "the NGO" as an organization', () => {
    const r = run('The NGO Solmarina said it rescued 40 people; the NGO Human Rights Watch agreed.');
    expect(names(r, 'ORGANIZATION')).toEqual(['Human Rights Watch', 'Solmarina']);
  });
});
