import { describe, expect, it } from 'vitest';
import { entity, names, prediction, run } from './helpers';

describe('people', () => {
  it('strips titles and keeps the full name', () => {
    const r = run('President Lee Jae Myung met Gov. Brian Kemp and Deputy Foreign Minister Shen Lyushun.');
    expect(names(r, 'PERSON')).toEqual(['Brian Kemp', 'Lee Jae Myung', 'Shen Lyushun']);
  });

  it('removes possessives', () => {
    const r = run("Michael Jordan’s sale of the team was approved. Jordan's decision surprised fans.");
    expect(names(r, 'PERSON')).toEqual(['Michael Jordan']);
    expect(entity(r, 'PERSON', 'Michael Jordan')!.count).toBe(2);
  });

  it('links later short forms ("Lee", "Mr Xi") to the full name and never makes them separate people', () => {
    const r = run(
      'Chinese President Xi Jinping welcomed South Korean President Lee Jae Myung. Mr Xi praised Lee, and Lee thanked Xi.',
    );
    expect(names(r, 'PERSON')).toEqual(['Lee Jae Myung', 'Xi Jinping']);
    expect(entity(r, 'PERSON', 'Xi Jinping')!.count).toBe(3);
    expect(entity(r, 'PERSON', 'Lee Jae Myung')!.count).toBe(3);
    expect(prediction('Mr Xi spoke. Xi left.').people).toEqual([]);
  });

  it('resolves short forms in the headline against the body', () => {
    const r = run('Chinese President Xi Jinping will host Lee Jae Myung on Sunday.', 'Xi Hosts Lee');
    const xi = entity(r, 'PERSON', 'Xi Jinping')!;
    expect(xi.evidence.some((e) => e.field === 'title')).toBe(true);
    expect(names(r, 'PERSON')).toEqual(['Lee Jae Myung', 'Xi Jinping']);
  });

  it('treats hyphenated and spaced East Asian names as the same person', () => {
    const r = run('Kim Jong-un visited the plant on Monday. Officials said Kim Jong Un left on Tuesday.');
    const people = r.entities.filter((e) => e.kind === 'PERSON');
    expect(people).toHaveLength(1);
    expect(people[0].count).toBeGreaterThanOrEqual(2);
  });

  it('finds names with initials', () => {
    expect(names(run('TSMC CEO C.C. Wei said demand was strong.'), 'PERSON')).toEqual(['C.C. Wei']);
    expect(names(run('The group includes artist J. Cole and several investors.'), 'PERSON')).toEqual([
      'J. Cole',
    ]);
  });

  it('uses context cues: role nouns, appositives, speech verbs', () => {
    expect(names(run('The envoy, Sung Kim, arrived late.'), 'PERSON')).toEqual(['Sung Kim']);
    expect(names(run('"It works," said Matt Kimball, an analyst.'), 'PERSON')).toEqual(['Matt Kimball']);
    expect(names(run('She met nursing student Laken Riley on campus.'), 'PERSON')).toEqual(['Laken Riley']);
    expect(names(run('Fans cheered for singer-songwriter Eric Church on Friday.'), 'PERSON')).toEqual([
      'Eric Church',
    ]);
  });

  it('attaches the country the text ties a person to', () => {
    expect(entity(run('Chinese President Xi Jinping spoke.'), 'PERSON', 'Xi Jinping')!.countryCode).toBe(
      'CN',
    );
    expect(entity(run("Portugal's unseeded Joao Sousa won."), 'PERSON', 'Joao Sousa')!.countryCode).toBe(
      'PT',
    );
    expect(
      entity(run('He beat Julien Benneteau of France.'), 'PERSON', 'Julien Benneteau')!.countryCode,
    ).toBe('FR');
  });

  it('reads reporter credit lines', () => {
    const p = prediction(
      'Text of the story.\n\n(Reporting by Ana Lopez in Lima and Tom Reed; Editing by Sue Park)',
    );
    expect(p.people.sort()).toEqual(['Ana Lopez', 'Sue Park', 'Tom Reed']);
  });

  it('does not take law names, events or lone surnames for people', () => {
    const p = prediction(
      'Biden-era rules remain. The Senate Bill 37 passed. Kemp signed it at the Malaysian Open.',
    );
    expect(p.people).toEqual([]);
  });

  it('accepts an unknown first name when the surname recurs alone ("Djokovic said")', () => {
    const p = prediction('PARIS — Novak Djokovic won the final on Sunday. "It is special," Djokovic said.');
    expect(p.people).toEqual(['Novak Djokovic']);
  });

  it('keeps Arabic name particles joined by hyphens', () => {
    expect(
      prediction(
        'Spokesperson Majed al-Ansari spoke. Egyptian President Abdel Fattah el-Sisi agreed.',
      ).people.sort(),
    ).toEqual(['Abdel Fattah el-Sisi', 'Majed al-Ansari']);
  });

  it('does not take a venue after "at" for a person', () => {
    expect(prediction('He won at Roland Garros on Sunday.').people).toEqual([]);
  });

  it('strips multi-word leadership titles', () => {
    expect(
      prediction('Senate Majority Leader Dana Whitfield, D-N.Y., said the Senate would vote.').people,
    ).toEqual(['Dana Whitfield']);
  });

  it('keeps the one name after a royal or papal title and regnal numbers', () => {
    const r = run('Pope Leo met King Harald V and Princess Ingrid in Rome.');
    expect(names(r, 'PERSON')).toEqual(['Harald V', 'Ingrid', 'Leo']);
    // single names are graph entities but not scorer name forms (they look like lone surnames)
    expect(prediction('Pope Leo met King Harald V.').people).toEqual(['Harald V']);
  });
});
