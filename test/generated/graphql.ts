/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: string; output: string; }
};

/** A news article and the entities it mentions. */
export type Article = Node & {
  __typename?: 'Article';
  /** Byline. */
  author?: Maybe<Scalars['String']['output']>;
  /** Full text; paragraphs separated by blank lines. */
  body: Scalars['String']['output'];
  /** SHA-256 of the normalized title and body; identical content is stored once. */
  contentHash: Scalars['String']['output'];
  /** Countries the article mentions, most salient first. */
  countries: Array<Country>;
  /** Entities the article mentions, most salient first. */
  entities: Array<Entity>;
  /** Opaque global id (use with Query.node). */
  id: Scalars['ID']['output'];
  /** When the article entered the graph (last content change). */
  ingestedAt: Scalars['DateTime']['output'];
  /** BCP 47 language tag, e.g. "en". */
  language?: Maybe<Scalars['String']['output']>;
  /** How the article mentions each entity (count, salience, evidence), most salient first. */
  mentions: Array<Mention>;
  /** Publication time, when known. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Section of the publication, e.g. "World". */
  section?: Maybe<Scalars['String']['output']>;
  /** Publisher, e.g. "Reuters". */
  source?: Maybe<Scalars['String']['output']>;
  /** Summary or dek, when the source gives one. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Headline. */
  title: Scalars['String']['output'];
  /** Canonical URL; unique when present. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A news article and the entities it mentions. */
export type ArticleEntitiesArgs = {
  kind?: InputMaybe<EntityKind>;
};


/** A news article and the entities it mentions. */
export type ArticleMentionsArgs = {
  kind?: InputMaybe<EntityKind>;
};

/** A page of articles (Relay cursor connection). */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles of this page with their cursors. */
  edges: Array<ArticleEdge>;
  /** The articles of this page. */
  nodes: Array<Article>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of articles in the whole filtered list, not just this page. */
  totalCount: Scalars['Int']['output'];
};

/** An article in a list, with its cursor. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Opaque position of this article in the list. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: Article;
};

/** A text field of an article. */
export type ArticleField =
  | 'BODY'
  | 'TITLE';

/** Restricts a list of articles. All given conditions must hold. */
export type ArticleFilter = {
  /** Articles that mention every one of these. Each entry is a country code ("KP", "PRK"), a country name or alias ("North Korea", "DPRK"), an entity slug or name ("xi-jinping", "Xi Jinping") or a node id. An unknown entry is a NOT_FOUND error naming it. */
  mentionsAll?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Articles that mention at least one of these. Each entry is a country code ("KP", "PRK"), a country name or alias ("North Korea", "DPRK"), an entity slug or name ("xi-jinping", "Xi Jinping") or a node id. An unknown entry is a NOT_FOUND error naming it. */
  mentionsAny?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Articles that mention none of these. Each entry is a country code ("KP", "PRK"), a country name or alias ("North Korea", "DPRK"), an entity slug or name ("xi-jinping", "Xi Jinping") or a node id. An unknown entry is a NOT_FOUND error naming it. */
  mentionsNone?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Published at or after this time (articles without a date count from when they were ingested). */
  publishedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Published before this time (exclusive). */
  publishedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exact source name, e.g. "Reuters". */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Full-text search over title and body: all words must match; "quoted phrase" for a phrase, word* for a prefix. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Order of article lists, by publication time (ingestion time for undated articles). */
export type ArticleOrderBy =
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST';

/** A country or territory with its own ISO 3166-1 code. Articles link to it through mentions. */
export type Country = Node & {
  __typename?: 'Country';
  /** Other names and abbreviations the country is known by (e.g. "DPRK"). */
  aliases: Array<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-3 code, e.g. "PRK". */
  alpha3: Scalars['String']['output'];
  /** Articles that mention this country, newest first. */
  articles: ArticleConnection;
  /** Capital city, when the country has one. */
  capital?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code, e.g. "KP". */
  code: Scalars['String']['output'];
  /** Demonyms and adjectives, e.g. "North Korean". */
  demonyms: Array<Scalars['String']['output']>;
  /** The entity row that stands for this country in mentions. */
  entity: Entity;
  /** Opaque global id (use with Query.node). */
  id: Scalars['ID']['output'];
  /** Common English name, e.g. "North Korea". */
  name: Scalars['String']['output'];
  /** Official name, e.g. "Democratic People's Republic of Korea". */
  officialName: Scalars['String']['output'];
  /** UN geoscheme region, e.g. "Asia". */
  region: Scalars['String']['output'];
  /** UN geoscheme subregion, e.g. "Eastern Asia". */
  subregion?: Maybe<Scalars['String']['output']>;
};


/** A country or territory with its own ISO 3166-1 code. Articles link to it through mentions. */
export type CountryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: ArticleOrderBy;
};

/** A named entity (person, organization, place or country) linked to the articles that mention it. */
export type Entity = Node & {
  __typename?: 'Entity';
  /** Other names the entity appears under in the corpus. */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that mention this entity, newest first. */
  articles: ArticleConnection;
  /** The country the entity belongs to or lies in (the country itself for COUNTRY entities). */
  country?: Maybe<Country>;
  /** Opaque global id (use with Query.node). */
  id: Scalars['ID']['output'];
  /** What the entity is. */
  kind: EntityKind;
  /** Canonical name, e.g. "Kim Jong Un". */
  name: Scalars['String']['output'];
  /** Unique, URL-safe key derived from the canonical name, e.g. "kim-jong-un". */
  slug: Scalars['String']['output'];
};


/** A named entity (person, organization, place or country) linked to the articles that mention it. */
export type EntityArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: ArticleOrderBy;
};

/** A page of entities in name order (Relay cursor connection). */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities of this page with their cursors. */
  edges: Array<EntityEdge>;
  /** The entities of this page. */
  nodes: Array<Entity>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of entities matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An entity in a list, with its cursor. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque position of this entity in the list. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** Restricts a list of entities. All given conditions must hold. */
export type EntityFilter = {
  /** Country code, name or alias: entities affiliated with or located in that country. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Only entities of this kind. */
  kind?: InputMaybe<EntityKind>;
  /** Case-insensitive substring of the canonical name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of a named entity. */
export type EntityKind =
  /** A country or territory (see the Country type). */
  | 'COUNTRY'
  /** A company, agency, party, media outlet, international body or team. */
  | 'ORGANIZATION'
  /** A named real person. */
  | 'PERSON'
  /** A city, province, state, region, sea or landmark. */
  | 'PLACE';

/** An article to add to the graph, or to update when its URL or content is known. */
export type IngestArticleInput = {
  /** Byline. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** Full text, paragraphs separated by blank lines (required, size-limited). */
  body: Scalars['String']['input'];
  /** BCP 47 language tag. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Publication time. */
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Section of the publication. */
  section?: InputMaybe<Scalars['String']['input']>;
  /** Publisher. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Summary or dek. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Headline (required, non-empty). */
  title: Scalars['String']['input'];
  /** Canonical http(s) URL; the same URL updates the stored article. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Result of ingestArticle. */
export type IngestArticlePayload = {
  __typename?: 'IngestArticlePayload';
  /** The stored article; null when rejected. */
  article?: Maybe<Article>;
  /** What happened. */
  status: IngestStatus;
  /** Input problems; empty on success. */
  userErrors: Array<UserError>;
};

/** What ingesting an article did. */
export type IngestStatus =
  /** A new article was stored. */
  | 'CREATED'
  /** The input was invalid; see userErrors. Nothing was written. */
  | 'REJECTED'
  /** The same article was already stored; nothing changed. */
  | 'UNCHANGED'
  /** An article with the same URL or content was updated. */
  | 'UPDATED';

/** How an article mentions an entity, with the sentences that prove it. */
export type Mention = {
  __typename?: 'Mention';
  /** How many times the article mentions the entity. */
  count: Scalars['Int']['output'];
  /** The entity mentioned. */
  entity: Entity;
  /** Prominence in the article, 0..1 (title and lead weigh more). */
  salience: Scalars['Float']['output'];
  /** The sentences that mention the entity (up to 5), with the mention located by offsets. */
  snippets: Array<Snippet>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an article (extracting its entities) or updates it. Requires an API key. */
  ingestArticle: IngestArticlePayload;
};


export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};

/** An object with a globally unique, opaque id that Query.node accepts. */
export type Node = {
  /** Opaque global id. */
  id: Scalars['ID']['output'];
};

/** Where a page sits in the whole list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow this page (in the paging direction for first/after). */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item; pass as `before`. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** One article by global id or by URL. */
  article?: Maybe<Article>;
  /** Articles matching a filter, newest first by default. */
  articles: ArticleConnection;
  /** All countries and territories with ISO 3166-1 codes, by name. */
  countries: Array<Country>;
  /** A country by alpha-2 or alpha-3 code, or by any name, alias or demonym ("North Korea", "DPRK"). */
  country?: Maybe<Country>;
  /** Entities in name order, optionally filtered. */
  entities: EntityConnection;
  /** One entity by global id or slug. */
  entity?: Maybe<Entity>;
  /** Any object by its global id; null when it no longer exists. */
  node?: Maybe<Node>;
};


export type QueryArticleArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: ArticleOrderBy;
};


export type QueryCountryArgs = {
  code: Scalars['String']['input'];
};


export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntityArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

/** A sentence that mentions the entity, with the mention highlighted by offsets. */
export type Snippet = {
  __typename?: 'Snippet';
  /** Offset just past the mention in `text`. */
  end: Scalars['Int']['output'];
  /** Whether the sentence is in the title or the body. */
  field: ArticleField;
  /** Offset of the mention in `text` (UTF-16 code units). */
  start: Scalars['Int']['output'];
  /** The sentence as it appears in the article. */
  text: Scalars['String']['output'];
};

/** A problem with the input that the caller can fix. */
export type UserError = {
  __typename?: 'UserError';
  /** Stable machine-readable code: REQUIRED, TOO_LONG or INVALID. */
  code: Scalars['String']['output'];
  /** Path to the input field, e.g. ["input", "body"]. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** A text field of an article. */
export type ArticleField =
  | 'BODY'
  | 'TITLE';

/** Restricts a list of articles. All given conditions must hold. */
export type ArticleFilter = {
  /** Articles that mention every one of these. Each entry is a country code ("KP", "PRK"), a country name or alias ("North Korea", "DPRK"), an entity slug or name ("xi-jinping", "Xi Jinping") or a node id. An unknown entry is a NOT_FOUND error naming it. */
  mentionsAll?: Array<string> | null | undefined;
  /** Articles that mention at least one of these. Each entry is a country code ("KP", "PRK"), a country name or alias ("North Korea", "DPRK"), an entity slug or name ("xi-jinping", "Xi Jinping") or a node id. An unknown entry is a NOT_FOUND error naming it. */
  mentionsAny?: Array<string> | null | undefined;
  /** Articles that mention none of these. Each entry is a country code ("KP", "PRK"), a country name or alias ("North Korea", "DPRK"), an entity slug or name ("xi-jinping", "Xi Jinping") or a node id. An unknown entry is a NOT_FOUND error naming it. */
  mentionsNone?: Array<string> | null | undefined;
  /** Published at or after this time (articles without a date count from when they were ingested). */
  publishedAfter?: string | null | undefined;
  /** Published before this time (exclusive). */
  publishedBefore?: string | null | undefined;
  /** Exact source name, e.g. "Reuters". */
  source?: string | null | undefined;
  /** Full-text search over title and body: all words must match; "quoted phrase" for a phrase, word* for a prefix. */
  text?: string | null | undefined;
};

/** Order of article lists, by publication time (ingestion time for undated articles). */
export type ArticleOrderBy =
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST';

/** Restricts a list of entities. All given conditions must hold. */
export type EntityFilter = {
  /** Country code, name or alias: entities affiliated with or located in that country. */
  country?: string | null | undefined;
  /** Only entities of this kind. */
  kind?: EntityKind | null | undefined;
  /** Case-insensitive substring of the canonical name. */
  nameContains?: string | null | undefined;
};

/** The kind of a named entity. */
export type EntityKind =
  /** A country or territory (see the Country type). */
  | 'COUNTRY'
  /** A company, agency, party, media outlet, international body or team. */
  | 'ORGANIZATION'
  /** A named real person. */
  | 'PERSON'
  /** A city, province, state, region, sea or landmark. */
  | 'PLACE';

/** An article to add to the graph, or to update when its URL or content is known. */
export type IngestArticleInput = {
  /** Byline. */
  author?: string | null | undefined;
  /** Full text, paragraphs separated by blank lines (required, size-limited). */
  body: string;
  /** BCP 47 language tag. */
  language?: string | null | undefined;
  /** Publication time. */
  publishedAt?: string | null | undefined;
  /** Section of the publication. */
  section?: string | null | undefined;
  /** Publisher. */
  source?: string | null | undefined;
  /** Summary or dek. */
  summary?: string | null | undefined;
  /** Headline (required, non-empty). */
  title: string;
  /** Canonical http(s) URL; the same URL updates the stored article. */
  url?: string | null | undefined;
};

/** What ingesting an article did. */
export type IngestStatus =
  /** A new article was stored. */
  | 'CREATED'
  /** The input was invalid; see userErrors. Nothing was written. */
  | 'REJECTED'
  /** The same article was already stored; nothing changed. */
  | 'UNCHANGED'
  /** An article with the same URL or content was updated. */
  | 'UPDATED';

export type ArticlePageWithGraphQueryVariables = Exact<{
  filter?: ArticleFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ArticlePageWithGraphQuery = { articles: { totalCount: number, nodes: Array<{ id: string, title: string, countries: Array<{ code: string, name: string }>, entities: Array<{ name: string, kind: EntityKind, slug: string, country: { code: string } | null }>, mentions: Array<{ count: number, salience: number, entity: { name: string }, snippets: Array<{ text: string, start: number, end: number, field: ArticleField }> }> }> } };

export type EntityWalkQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
}>;


export type EntityWalkQuery = { entity: { id: string, name: string, kind: EntityKind, aliases: Array<string>, country: { code: string, name: string } | null, articles: { totalCount: number, nodes: Array<{ title: string, entities: Array<{ name: string, articles: { totalCount: number, nodes: Array<{ title: string, countries: Array<{ code: string }> }> } }> }> } } | null };

export type CountryLookupQueryVariables = Exact<{
  code: string;
}>;


export type CountryLookupQuery = { country: { id: string, code: string, alpha3: string, name: string, officialName: string, capital: string | null, region: string, subregion: string | null, entity: { slug: string }, articles: { totalCount: number } } | null };

export type NodeByIdQueryVariables = Exact<{
  id: string;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Article', title: string, id: string }
    | { __typename: 'Country', code: string, id: string }
    | { __typename: 'Entity', name: string, id: string }
   | null };

export type EntitiesByFilterQueryVariables = Exact<{
  filter?: EntityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EntitiesByFilterQuery = { entities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ name: string, slug: string, kind: EntityKind }> } };

export type IngestArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type IngestArticleMutation = { ingestArticle: { status: IngestStatus, article: { id: string, title: string, countries: Array<{ code: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: string }> } };

export type ArticlesMentioningQueryVariables = Exact<{
  filter?: ArticleFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: ArticleOrderBy | null | undefined;
}>;


export type ArticlesMentioningQuery = { articles: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, url: string | null, publishedAt: string | null } }> } };


export const ArticlePageWithGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticlePageWithGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PERSON"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"salience"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snippets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArticlePageWithGraphQuery, ArticlePageWithGraphQueryVariables>;
export const EntityWalkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityWalk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PERSON"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityWalkQuery, EntityWalkQueryVariables>;
export const CountryLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha3"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"officialName"}},{"kind":"Field","name":{"kind":"Name","value":"capital"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"subregion"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<CountryLookupQuery, CountryLookupQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const EntitiesByFilterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntitiesByFilter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<EntitiesByFilterQuery, EntitiesByFilterQueryVariables>;
export const IngestArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<IngestArticleMutation, IngestArticleMutationVariables>;
export const ArticlesMentioningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticlesMentioning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleOrderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArticlesMentioningQuery, ArticlesMentioningQueryVariables>;