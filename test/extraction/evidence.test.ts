import { describe, expect, it } from 'vitest';
import { entity, run } from './helpers';

describe('evidence and salience', () => {
  const title = 'Xi hosts Lee in Beijing';
  const body =
    'Chinese President Xi Jinping welcomed Lee Jae Myung in Beijing on Sunday.\n\n' +
    'The talks covered trade. Later, officials from Kenya joined a separate session.';
  const r = run(body, title);

  it('gives every occurrence a span that points at the name and the sentence around it', () => {
    for (const e of r.entities) {
      expect(e.evidence.length).toBe(Math.min(e.count, 50));
      for (const ev of e.evidence) {
        const text = ev.field === 'title' ? title : body;
        const surface = text.slice(ev.start, ev.end);
        expect(ev.sentence).toContain(surface);
        expect(text.slice(ev.sentenceStart, ev.sentenceStart + ev.sentence.length)).toBe(ev.sentence);
      }
    }
    const xi = entity(r, 'PERSON', 'Xi Jinping')!;
    expect(xi.evidence.map((e) => e.field)).toEqual(['title', 'body']);
    expect(body.slice(xi.evidence[1].start, xi.evidence[1].end)).toBe('Xi Jinping');
  });

  it('ranks title and lead mentions above a single late mention', () => {
    const xi = entity(r, 'PERSON', 'Xi Jinping')!;
    const kenya = entity(r, 'COUNTRY', 'Kenya')!;
    expect(xi.salience).toBeGreaterThan(kenya.salience);
    for (const e of r.entities) {
      expect(e.salience).toBeGreaterThan(0);
      expect(e.salience).toBeLessThanOrEqual(1);
    }
  });

  it('names countries by their common English name and places by the text', () => {
    expect(entity(r, 'COUNTRY', 'China')!.countryCode).toBe('CN');
    expect(entity(r, 'PLACE', 'Beijing')!.countryCode).toBe('CN');
  });
});
