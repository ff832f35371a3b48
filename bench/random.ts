/** A seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/**
 * Draws ranks 0..n-1 with probability proportional to 1/(rank+1+offset)^exponent (Zipf, or
 * Zipf–Mandelbrot with an offset that flattens the head): a few items are in many articles and a
 * long tail in few, as with news entities.
 */
export class ZipfSampler {
  private readonly cdf: Float64Array;

  constructor(
    readonly size: number,
    exponent = 1,
    offset = 0,
  ) {
    this.cdf = new Float64Array(size);
    let total = 0;
    for (let rank = 0; rank < size; rank++) {
      total += 1 / Math.pow(rank + 1 + offset, exponent);
      this.cdf[rank] = total;
    }
    for (let rank = 0; rank < size; rank++) this.cdf[rank] /= total;
  }

  sample(random: () => number): number {
    const u = random();
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Fisher–Yates, in place. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
