import { bucketCount, type TimelineInterval } from '../../services/analytics/buckets';
import {
  ARTICLES_PER_HOP,
  MAX_HOPS,
  MAX_PATH_SEARCH_MENTIONS,
  MAX_PATHS,
} from '../../services/analytics/path.service';
import { MAX_REFS_PER_LIST } from '../../services/entity-reference.service';
import { MAX_EVIDENCE_PER_MENTION } from '../../services/ingest.service';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../services/pagination';
import type { CostModel } from './query-cost';

/** Every ISO 3166-1 country (249 codes, rounded up). */
const COUNTRIES = 250;

/** The contract (docs/hardening.md, Cost): one point of cost pays for at most 4 SQL rows read. */
const ROWS_PER_POINT = 4;

/** The shortest-path search reads at most this many mentions, whatever it returns. */
const PATH_SEARCH_COST = Math.ceil(MAX_PATH_SEARCH_MENTIONS / ROWS_PER_POINT);

/**
 * A timeline is as long as its range makes it: the same bucketCount the timeline service makes its
 * buckets with, so a range it would refuse is refused here too, before anything runs.
 */
const timelineBuckets = (args: Record<string, unknown>): number =>
  bucketCount(args.from as Date, args.to as Date, args.interval as TimelineInterval);

/**
 * The cost model of this schema. Lists with `first` (connections, facets, co-mentions, an
 * article's countries, entities and mentions) are pages; every other list has its real bound here,
 * taken from the constant that enforces it, so the cost cannot fall behind the work. Plain lists
 * not named here default to 10 items; the only ones left are lists of scalars and highlights,
 * which are bounded by the text they describe (see docs/hardening.md, Cost).
 */
export const CONTENT_GRAPH_COST_MODEL: CostModel = {
  defaultPageSize: DEFAULT_PAGE_SIZE,
  maxPageSize: MAX_PAGE_SIZE,
  defaultListSize: 10,
  listSizes: {
    'Query.countries': COUNTRIES,
    'Mention.snippets': MAX_EVIDENCE_PER_MENTION,
    'FilterMatch.snippets': MAX_EVIDENCE_PER_MENTION,
    // One match per mentionsAll and mentionsAny entry of the list's filter.
    'ArticleEdge.matches': 2 * MAX_REFS_PER_LIST,
    'CoMentionMatrix.entities': MAX_REFS_PER_LIST,
    'CoMentionPaths.paths': MAX_PATHS,
    'CoMentionPath.hops': MAX_HOPS,
    'PathHop.articles': ARTICLES_PER_HOP,
    // At most one problem per field of the input, which has 9.
    'IngestArticlePayload.userErrors': 10,
  },
  argumentSizes: {
    'ArticleConnection.timeline': timelineBuckets,
    'Country.timeline': timelineBuckets,
    'Entity.timeline': timelineBuckets,
  },
  fieldCosts: {
    'Query.entityPaths': PATH_SEARCH_COST,
    // Its deprecated name, the same search.
    'Query.connection': PATH_SEARCH_COST,
  },
};
