import { describe, expect, it } from 'vitest';
import { createExtractor, createLazyExtractor } from '../../src/extraction';

describe('extraction › lazy extractor', () => {
  it('extracts exactly what the eagerly built extractor does', () => {
    const input = {
      title: 'Kim Jong Un arrives in Beijing for talks with Xi Jinping',
      body: 'North Korean leader Kim Jong Un arrived in Beijing on Tuesday for talks with Chinese President Xi Jinping.',
    };
    const lazy = createLazyExtractor();
    expect(lazy.extract(input)).toEqual(createExtractor().extract(input));
    expect(lazy.extract(input)).toEqual(lazy.extract(input));
  });
});
