import type { DataSource } from 'typeorm';
import type { ArticleQueryService } from '../article-query.service';
import type { EntityReferenceService } from '../entity-reference.service';
import { CoMentionService } from './co-mention.service';
import { FacetService } from './facet.service';
import { PathService } from './path.service';
import { SalienceService } from './salience.service';
import { SearchService } from './search.service';
import { TimelineService } from './timeline.service';

/** The graph-analytics services (issue 4), built once at start like the other services. */
export interface AnalyticsServices {
  coMentions: CoMentionService;
  timelines: TimelineService;
  facets: FacetService;
  search: SearchService;
  paths: PathService;
  salience: SalienceService;
}

export function createAnalyticsServices(
  dataSource: DataSource,
  articles: ArticleQueryService,
  references: EntityReferenceService,
): AnalyticsServices {
  return {
    coMentions: new CoMentionService(dataSource, articles, references),
    timelines: new TimelineService(dataSource, articles),
    facets: new FacetService(dataSource, articles),
    search: new SearchService(dataSource, articles),
    paths: new PathService(dataSource, references),
    salience: new SalienceService(dataSource, articles),
  };
}
