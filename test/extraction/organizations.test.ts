import { describe, expect, it } from 'vitest';
import { entity, names, prediction, run } from './helpers';

describe('organizations', () => {
  it('recognizes organization suffix words', () => {
    const r = run(
      'The Harrison Township Fire Department, the Pickaway County Sheriff’s Office and Acme Widgets Inc. responded, as did the Ministry of Health.',
    );
    expect(names(r, 'ORGANIZATION')).toEqual([
      'Acme Widgets Inc.',
      'Harrison Township Fire Department',
      'Ministry of Health',
      'Pickaway County Sheriff’s Office',
    ]);
  });

  it('links acronyms to their expansion', () => {
    const p = prediction('The Harrison Township Fire Department said the fire was out. HTFD crews left.');
    expect(p.organizations).toEqual(['Harrison Township Fire Department', 'HTFD']);
    const q = prediction('The Economic Community of West African States (ECOWAS) met. ECOWAS leaders spoke.');
    expect(q.organizations).toEqual(['Economic Community of West African States', 'ECOWAS']);
  });

  it('treats United Nations / UN / U.N. as one organization', () => {
    const r = run('The United Nations said U.N. monitors and UN staff would stay.');
    const orgs = r.entities.filter((e) => e.kind === 'ORGANIZATION');
    expect(orgs).toHaveLength(1);
    expect(orgs[0].count).toBe(3);
  });

  it('links company short forms and records the country the text gives', () => {
    const r = run('China’s Huawei Technologies plans new chips. Huawei said sales rose.');
    const h = entity(r, 'ORGANIZATION', 'Huawei Technologies')!;
    expect(h.aliases).toEqual(['Huawei']);
    expect(h.countryCode).toBe('CN');
    expect(names(run("India's Zentrix Energy and Malaysia's Petronas bid."), 'ORGANIZATION')).toEqual([
      'Petronas',
      'Zentrix Energy',
    ]);
  });

  it('reads agency credits and datelines', () => {
    expect(prediction('Leaders met on Monday.\n\n(With inputs from Reuters)').organizations).toEqual([
      'Reuters',
    ]);
    expect(prediction('SEOUL, Sept. 29 (Yonhap) -- Officials met.').organizations).toEqual(['Yonhap']);
  });

  it('recognizes sports teams and their short forms', () => {
    const p = prediction('The Miami Dolphins released him. The Dolphins said nothing.');
    expect(p.organizations).toEqual(['Miami Dolphins', 'Dolphins']);
    expect(p.places).toEqual([]);
  });

  it('keeps possessive parts of organization names', () => {
    expect(prediction('The North Korean Workers’ Party met.').organizations).toEqual([
      'North Korean Workers’ Party',
    ]);
  });

  it('links a ministry to its short form and counts the country', () => {
    const r = run('Georgia’s Foreign Ministry protested. The Foreign Ministry said Russia was to blame.');
    expect(names(r, 'ORGANIZATION')).toEqual(['Foreign Ministry']);
    const t = prediction(
      'Taiwanese Foreign Ministry Spokesman James Chang spoke. The Foreign Ministry agreed.',
    );
    expect(t.organizations).toEqual(['Taiwanese Foreign Ministry', 'Foreign Ministry']);
    expect(t.countries).toEqual(['TW']);
    expect(t.people).toEqual(['James Chang']);
  });

  it('merges a lower-case department with its formal name', () => {
    const p = prediction(
      'The U.S. commerce department acted. The U.S. Department of Commerce later confirmed it.',
    );
    expect(p.organizations.sort()).toEqual(['U.S. Department of Commerce', 'U.S. commerce department']);
  });

  it('does not make organizations of generic words or positions', () => {
    const p = prediction('The government said state media and the military agreed. The CEO said AI is here.');
    expect(p.organizations).toEqual([]);
  });

  it('uses lower-case noun cues next to a name', () => {
    expect(prediction('Officials at the environmental agency Ibama agreed.').organizations).toEqual([
      'Ibama',
    ]);
    expect(prediction('Telecom operator Cinia said repairs would take weeks.').organizations).toEqual([
      'Cinia',
    ]);
    expect(prediction('They drilled in the Foz do Amazonas basin.').places).toEqual([
      ['Foz do Amazonas', ''],
    ]);
  });

  it('recognizes football clubs', () => {
    expect(
      prediction('Real Madrid beat Bayern Munich and Manchester United lost.').organizations.sort(),
    ).toEqual(['Bayern Munich', 'Manchester United', 'Real Madrid']);
  });

  it('knows common armed and political groups', () => {
    expect(prediction('Israel and Hamas agreed to extend the truce.').organizations).toEqual(['Hamas']);
  });

  it('links an acronym in parentheses to the organization before it', () => {
    expect(prediction('The Zeta Harbour Alliance (ZHX) met. ZHX members voted.').organizations).toEqual([
      'Zeta Harbour Alliance',
      'ZHX',
    ]);
  });

  it('extends a run to a listed name that goes on ("… Co-operation in Europe")', () => {
    expect(
      prediction('The Organization for Security and Co-operation in Europe sent monitors.').organizations,
    ).toEqual(['Organization for Security and Co-operation in Europe']);
  });
});
