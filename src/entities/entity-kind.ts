import { registerEnumType } from 'type-graphql';

/** What an entity is. COUNTRY entities mirror the country reference table one to one. */
export enum EntityKind {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  PLACE = 'PLACE',
  COUNTRY = 'COUNTRY',
}

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'The kind of a named entity.',
  valuesConfig: {
    PERSON: { description: 'A named real person.' },
    ORGANIZATION: { description: 'A company, agency, party, media outlet, international body or team.' },
    PLACE: { description: 'A city, province, state, region, sea or landmark.' },
    COUNTRY: { description: 'A country or territory (see the Country type).' },
  },
});
