/** The kinds of things the extractor finds; COUNTRY mentions link to the country reference table. */
export type EntityKind = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'COUNTRY';

/** Which field of the article a span points into. */
export type ArticleField = 'title' | 'body';

/** One occurrence of an entity: where it is and the sentence around it (the evidence). */
export interface MentionEvidence {
  field: ArticleField;
  /** Character offsets of the mention in the field (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** The sentence that contains the mention, as it appears in the field. */
  sentence: string;
  /** Offset of the sentence's first character in the field. */
  sentenceStart: number;
}

/** One entity found in one article, with all of its occurrences merged. */
export interface ExtractedEntity {
  kind: EntityKind;
  /** Canonical name: the fullest form the article uses; for COUNTRY the country's common English name. */
  name: string;
  /**
   * ISO 3166-1 alpha-2 code: for COUNTRY the country itself; for PLACE the country it lies in;
   * for PERSON / ORGANIZATION the country the text ties it to ("China's Huawei"); null when unknown.
   */
  countryCode: string | null;
  /** Other surface forms the article uses as names for the same entity (name variants, short forms). */
  aliases: string[];
  /** Number of occurrences (length of evidence before any cap). */
  count: number;
  /** 0..1, higher when the entity is in the title or lead and mentioned often. */
  salience: number;
  evidence: MentionEvidence[];
}

export interface ExtractionInput {
  title: string;
  body: string;
}

export interface ExtractionResult {
  entities: ExtractedEntity[];
}

/** What the ingestion service depends on: pure, synchronous, no I/O after construction. */
export interface Extractor {
  extract(input: ExtractionInput): ExtractionResult;
  /**
   * The same result, without holding the event loop for long: a large text is extracted on a
   * worker thread. Offered by the rule extractor (createExtractor); ingestion uses it when present.
   */
  extractAsync?(input: ExtractionInput): Promise<ExtractionResult>;
}
