import { describe, expect, it } from 'vitest';
import { createLazyExtractor, type ExtractedEntity, type ExtractionInput } from '../../src/extraction';

const input: ExtractionInput = {
  title: 'Xi Jinping visits Japan',
  body: 'Chinese President Xi Jinping arrived in Japan on Tuesday.',
};

/** One occurrence of `form` in a field; each field here is a single sentence. */
function at(field: 'title' | 'body', form: string, from = 0) {
  const start = input[field].indexOf(form, from);
  expect(start).toBeGreaterThanOrEqual(0);
  return { field, start, end: start + form.length, sentence: input[field], sentenceStart: 0 };
}

/**
 * Worked out by hand from GUIDELINES and docs/extraction.md: Xi Jinping (tied to China by
 * "Chinese President"), Japan in the title and the body, China through the adjective "Chinese".
 * Salience = 1 − exp(−(count + 3·[in title] + 1.5·min(lead mentions, 2))/4), to 3 places:
 * Xi and Japan (2 + 3 + 1.5)/4 → 1 − e^−1.625 = 0.803; China (1 + 0 + 1.5)/4 → 1 − e^−0.625 = 0.465.
 */
const expected: ExtractedEntity[] = [
  {
    kind: 'COUNTRY',
    name: 'China',
    countryCode: 'CN',
    aliases: [],
    count: 1,
    salience: 0.465,
    evidence: [at('body', 'Chinese')],
  },
  {
    kind: 'COUNTRY',
    name: 'Japan',
    countryCode: 'JP',
    aliases: [],
    count: 2,
    salience: 0.803,
    evidence: [at('title', 'Japan'), at('body', 'Japan')],
  },
  {
    kind: 'PERSON',
    name: 'Xi Jinping',
    countryCode: 'CN',
    aliases: [],
    count: 2,
    salience: 0.803,
    evidence: [at('title', 'Xi Jinping'), at('body', 'Xi Jinping')],
  },
];

const byName = (entities: ExtractedEntity[]) => [...entities].sort((a, b) => a.name.localeCompare(b.name));

describe('extraction › lazy extractor', () => {
  it('builds its gazetteers on the first article and extracts what the rules give, then again', () => {
    const lazy = createLazyExtractor();
    expect(byName(lazy.extract(input).entities)).toEqual(expected);
    // The second call reuses the extractor built by the first.
    expect(byName(lazy.extract(input).entities)).toEqual(expected);
  });
});
