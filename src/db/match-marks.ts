/**
 * Marks around matched words in highlight output. Control characters are stripped from every
 * stored title and body at ingest (article-input.ts), so they never collide with the text.
 */
export const MATCH_OPEN = '\u0002';
export const MATCH_CLOSE = '\u0003';
