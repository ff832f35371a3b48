/** Two articles written for the client tests: one names China and North Korea, one neither. */
export const RAIL_LINK_ARTICLE = {
  url: 'https://news.example.org/2026/rail-link',
  title: 'China and North Korea agree to reopen the Dandong rail link',
  body:
    'China and North Korea signed an agreement on Tuesday to reopen the freight line across the Yalu ' +
    'river between Dandong and Sinuiju.\n\nOfficials in Beijing said the first trains would run ' +
    'in the spring; Pyongyang did not comment.',
  publishedAt: '2026-03-03T08:00:00Z',
};

export const HARBOUR_ARTICLE = {
  url: 'https://news.example.org/2026/mombasa-harbour',
  title: 'Kenya opens a new container berth in Mombasa',
  body: 'Kenya opened a new container berth in Mombasa on Monday, the port authority said.',
  publishedAt: '2026-03-02T08:00:00Z',
};
