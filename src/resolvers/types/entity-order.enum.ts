import { registerEnumType } from 'type-graphql';

export enum EntityOrderBy {
  NAME = 'NAME',
  STORIES = 'STORIES',
  RECENT = 'RECENT',
}

registerEnumType(EntityOrderBy, {
  name: 'EntityOrderBy',
  description: 'Order of entity lists; ties are broken by id, so pages never skip or repeat an entity.',
  valuesConfig: {
    NAME: { description: 'By canonical name, A to Z (code point order).' },
    STORIES: { description: 'Most articles first (articles that mention the entity at all).' },
    RECENT: {
      description:
        'Most recently mentioned first (the newest publication date of its articles); never mentioned last.',
    },
  },
});
