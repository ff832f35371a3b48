import type { CorpusArticle, CorpusEntity } from './synthetic-corpus';

const TOP_COUNTRIES = 50;
const TOP_FOR_TRIPLES = 10;
// Popularity ranks are drawn, not counted: track a margin past the top so that an entity which
// counts into the top by chance still has its pairs.
const TRACKED_COUNTRIES = 80;
const TRACKED_PEOPLE = 20;

export interface EntityCount {
  entityId: number;
  name: string;
  code?: string;
  articles: number;
}

/** The sidecar a benchmark reads: who is frequent, and how many articles name each pair or triple. */
export interface CorpusStats {
  articles: number;
  mentions: number;
  seed: number;
  from: string;
  to: string;
  /** The 50 most frequent countries, most frequent first. */
  topCountries: EntityCount[];
  /** Articles naming both countries, for every pair of the top 50: key "CN+KP" (codes sorted). */
  countryPairs: Record<string, number>;
  /** The 10 most frequent people. */
  topPeople: EntityCount[];
  /** Articles naming two top-10 countries and a top-10 person: key "CN+KP+<personEntityId>". */
  triples: Record<string, number>;
}

/** Counts exactly, article by article, while the generator writes them. */
export class CorpusStatsCollector {
  private articles = 0;
  private mentions = 0;
  private readonly perEntity = new Map<number, { entity: CorpusEntity; rank: number; articles: number }>();
  private readonly pairs = new Map<string, number>();
  private readonly triples = new Map<string, number>();

  add(article: CorpusArticle): void {
    this.articles++;
    this.mentions += article.mentions.length;
    const countries: string[] = [];
    const people: number[] = [];
    for (const m of article.mentions) {
      const seen = this.perEntity.get(m.entity.id) ?? { entity: m.entity, rank: m.rank, articles: 0 };
      seen.articles++;
      this.perEntity.set(m.entity.id, seen);
      if (m.entity.kind === 'COUNTRY' && m.rank < TRACKED_COUNTRIES) countries.push(m.entity.countryCode!);
      if (m.entity.kind === 'PERSON' && m.rank < TRACKED_PEOPLE) people.push(m.entity.id);
    }
    countries.sort();
    for (let i = 0; i < countries.length; i++) {
      for (let j = i + 1; j < countries.length; j++) {
        const pair = `${countries[i]}+${countries[j]}`;
        this.pairs.set(pair, (this.pairs.get(pair) ?? 0) + 1);
        for (const person of people) {
          const triple = `${pair}+${person}`;
          this.triples.set(triple, (this.triples.get(triple) ?? 0) + 1);
        }
      }
    }
  }

  result(meta: { seed: number; from: Date; to: Date }): CorpusStats {
    const ranked = (kind: string, top: number): EntityCount[] =>
      [...this.perEntity.values()]
        .filter((e) => e.entity.kind === kind)
        .sort((a, b) => b.articles - a.articles)
        .slice(0, top)
        .map((e) => ({
          entityId: e.entity.id,
          name: e.entity.name,
          ...(e.entity.countryCode && kind === 'COUNTRY' ? { code: e.entity.countryCode } : {}),
          articles: e.articles,
        }));
    const topCountries = ranked('COUNTRY', TOP_COUNTRIES);
    const inTop = new Set(topCountries.map((c) => c.code));
    const topPeople = ranked('PERSON', TOP_FOR_TRIPLES);
    const topTen = new Set(topCountries.slice(0, TOP_FOR_TRIPLES).map((c) => c.code));
    const people = new Set(topPeople.map((p) => String(p.entityId)));
    const countryPairs: Record<string, number> = {};
    for (const [key, n] of this.pairs) {
      const [a, b] = key.split('+');
      if (inTop.has(a) && inTop.has(b)) countryPairs[key] = n;
    }
    const triples: Record<string, number> = {};
    for (const [key, n] of this.triples) {
      const [a, b, person] = key.split('+');
      if (topTen.has(a) && topTen.has(b) && people.has(person)) triples[key] = n;
    }
    return {
      articles: this.articles,
      mentions: this.mentions,
      seed: meta.seed,
      from: meta.from.toISOString(),
      to: meta.to.toISOString(),
      topCountries,
      countryPairs,
      topPeople,
      triples,
    };
  }
}
