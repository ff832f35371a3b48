import { createHash } from 'node:crypto';
import { randomInt, seededRandom, shuffle, ZipfSampler } from './random';
import { organizationNames, personNames, placeNames } from './synthetic-names';
import { body, title, type SyntheticEvidence } from './synthetic-text';

export type Kind = 'COUNTRY' | 'PERSON' | 'ORGANIZATION' | 'PLACE';

export interface CorpusEntity {
  id: number;
  kind: Kind;
  name: string;
  countryCode: string | null;
}

export interface CorpusMention {
  entity: CorpusEntity;
  /** Popularity rank within its kind (0 = most mentioned). */
  rank: number;
  count: number;
  salience: number;
  evidence: SyntheticEvidence;
}

export interface CorpusArticle {
  id: number;
  url: string;
  title: string;
  body: string;
  source: string;
  author: string;
  section: string;
  publishedAt: string;
  contentHash: string;
  mentions: CorpusMention[];
}

export interface CorpusOptions {
  articles: number;
  seed: number;
  people: number;
  organizations: number;
  places: number;
  from: Date;
  to: Date;
}

// The countries news writes about most lead the popularity order; the rest follow in seeded order.
const LEADING_COUNTRIES = [
  'US',
  'CN',
  'RU',
  'UA',
  'GB',
  'FR',
  'DE',
  'IN',
  'JP',
  'IL',
  'IR',
  'KP',
  'KR',
  'TR',
  'BR',
];
const SOURCES = [
  'Reuters',
  'AP',
  'AFP',
  'BBC',
  'Al Jazeera',
  'DW',
  'NHK World',
  'The Guardian',
  'Bloomberg',
  'Xinhua',
];
const SECTIONS = ['World', 'Business', 'Politics', 'Science', 'Sport', 'Culture', 'Technology'];

/** Per-kind entity lists in popularity order, each with its Zipf sampler. */
class Population {
  readonly sampler: ZipfSampler;
  constructor(
    readonly entities: CorpusEntity[],
    offset = 0,
  ) {
    this.sampler = new ZipfSampler(entities.length, 1, offset);
  }
  draw(random: () => number): { entity: CorpusEntity; rank: number } {
    const rank = this.sampler.sample(random);
    return { entity: this.entities[rank], rank };
  }
}

/**
 * The synthetic archive: entities with Zipf-like popularity and articles naming 10–30 of them,
 * each name placed in a body sentence that becomes the mention's evidence.
 */
export class SyntheticCorpus {
  readonly countries: Population;
  readonly people: Population;
  readonly organizations: Population;
  readonly places: Population;

  constructor(
    readonly options: CorpusOptions,
    countryEntities: { id: number; code: string; name: string }[],
    firstFreeEntityId: number,
  ) {
    const random = seededRandom(options.seed);
    const leading = LEADING_COUNTRIES.flatMap((code) => countryEntities.filter((c) => c.code === code));
    const rest = shuffle(
      countryEntities.filter((c) => !LEADING_COUNTRIES.includes(c.code)),
      random,
    );
    this.countries = new Population(
      [...leading, ...rest].map((c) => ({ id: c.id, kind: 'COUNTRY', name: c.name, countryCode: c.code })),
    );
    let nextId = firstFreeEntityId;
    // The offset keeps the most named person near one article in twelve rather than one in two.
    const make = (kind: Kind, names: string[], withCountry: boolean) =>
      new Population(
        names.map((name) => ({
          id: nextId++,
          kind,
          name,
          countryCode: withCountry ? this.countries.draw(random).entity.countryCode : null,
        })),
        10,
      );
    this.people = make('PERSON', personNames(options.people, random), true);
    this.organizations = make('ORGANIZATION', organizationNames(options.organizations, random), false);
    this.places = make('PLACE', placeNames(options.places, random), true);
  }

  get entities(): CorpusEntity[] {
    return [...this.people.entities, ...this.organizations.entities, ...this.places.entities];
  }

  /** Article `index` (0-based); dates rise with the index, with jitter, as an archive fills up. */
  *articles(): Generator<CorpusArticle> {
    const { articles, seed, from, to } = this.options;
    const random = seededRandom(seed + 1);
    const span = to.getTime() - from.getTime();
    for (let index = 0; index < articles; index++) {
      const id = index + 1;
      const published = new Date(from.getTime() + ((index + random()) / articles) * span);
      const drawn = this.drawMentions(random);
      const lead = drawn[0].entity.name;
      const names = drawn.map((d) => d.entity.name);
      const text = body(random, names, randomInt(random, 1500, 4500));
      const headline = title(random, lead);
      yield {
        id,
        url: `https://example.org/synthetic/${seed}/${id}`,
        title: headline,
        body: text.text,
        source: SOURCES[Math.floor(random() * SOURCES.length)],
        author: `Staff ${Math.floor(random() * 500)}`,
        section: SECTIONS[Math.floor(random() * SECTIONS.length)],
        publishedAt: published.toISOString(),
        // Unique per article, cheap to compute; ingestion would hash the normalized text instead.
        contentHash: createHash('sha256').update(`${seed}:${id}`).digest('hex'),
        mentions: drawn.map((d, i) => ({
          entity: d.entity,
          rank: d.rank,
          count: randomInt(random, 1, 4),
          salience: i === 0 ? 0.9 : Math.round((0.8 - (0.7 * i) / drawn.length) * 1000) / 1000,
          evidence: text.evidence[i],
        })),
      };
    }
  }

  /** 10–30 distinct entities: 1–4 countries, the rest people, organizations and places. */
  private drawMentions(random: () => number): { entity: CorpusEntity; rank: number }[] {
    const total = randomInt(random, 10, 30);
    const countries = randomInt(random, 1, 4);
    const seen = new Set<number>();
    const drawn: { entity: CorpusEntity; rank: number }[] = [];
    for (let slot = 0; slot < total; slot++) {
      const u = random();
      const population =
        slot < countries
          ? this.countries
          : u < 0.45
            ? this.people
            : u < 0.75
              ? this.organizations
              : this.places;
      const pick = population.draw(random);
      if (seen.has(pick.entity.id)) continue;
      seen.add(pick.entity.id);
      drawn.push(pick);
    }
    return drawn;
  }
}
