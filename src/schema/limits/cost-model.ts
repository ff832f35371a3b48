import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../services/pagination';
import type { CostModel } from './query-cost';

/**
 * The cost model of this schema. Plain lists default to 10 items; the two with a known bound say
 * so: all ISO 3166-1 countries (249 codes, rounded up), and the evidence kept per mention (5).
 */
export const CONTENT_GRAPH_COST_MODEL: CostModel = {
  defaultPageSize: DEFAULT_PAGE_SIZE,
  maxPageSize: MAX_PAGE_SIZE,
  defaultListSize: 10,
  listSizes: { 'Query.countries': 250, 'Mention.snippets': 5 },
};
