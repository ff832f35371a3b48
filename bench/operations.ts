/** GraphQL operations the benchmark and the load test both send, kept in one place. */

/** The headline question: stories naming all given entities, with their countries, people and evidence. */
export const HEADLINE_QUERY = `query Headline($all: [String!]!) {
  articles(filter: { mentionsAll: $all }, first: 20) {
    totalCount
    nodes {
      title
      publishedAt
      source
      countries { code name }
      people: entities(kind: PERSON) { name }
      mentions(kind: COUNTRY) { entity { name } snippets { text start end } }
    }
  }
}`;

/** A deep nested walk: article → its entities → their latest articles → those articles' countries. */
export const DEEP_WALK_QUERY = `query DeepWalk($id: ID!) {
  node(id: $id) {
    ... on Article {
      title
      entities { name articles(first: 3) { nodes { title countries { code } } } }
    }
  }
}`;
