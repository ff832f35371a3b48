import { createHash } from 'node:crypto';
import { ErrorCode, type UserErrorCode } from '../core/errors';

/** An article as it arrives, from a file or the ingestArticle mutation. */
export interface ArticleInput {
  url?: string | null;
  title: string;
  body: string;
  summary?: string | null;
  source?: string | null;
  author?: string | null;
  section?: string | null;
  language?: string | null;
  publishedAt?: string | Date | null;
}

/**
 * An input problem the caller can fix; `field` names the offending field. NOT_STORED: the input was
 * valid but this article could not be stored (its extraction failed, or the database refused its
 * row); the message says why, and nothing of it was written.
 */
export interface InputProblem {
  field: string;
  message: string;
  code: UserErrorCode;
}

/** A validated article with normalized fields, ready to store. */
export interface ValidArticle {
  url: string | null;
  title: string;
  body: string;
  summary: string | null;
  source: string | null;
  author: string | null;
  section: string | null;
  language: string | null;
  publishedAt: Date | null;
  contentHash: string;
}

const MAX_TITLE_CHARS = 1_000;
export const MAX_META_CHARS = 500;
/** A BCP 47 tag longer than this is not one a publisher uses. */
export const MAX_LANGUAGE_CHARS = 35;
// C0 control characters other than tab, line feed and carriage return: stripping them is the point.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The JSON type of a value, as the writer of the JSON would name it. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** Names what arrived instead of a string ("got number"), so "title": 5 is not reported as missing. */
function notAString(field: string, value: unknown): InputProblem {
  return { field, message: `${field} must be a string, got ${jsonTypeOf(value)}`, code: ErrorCode.INVALID };
}

function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '').trim();
}

function optionalText(
  value: string | null | undefined,
  field: string,
  problems: InputProblem[],
  max = MAX_META_CHARS,
): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    problems.push(notAString(field, value));
    return null;
  }
  const cleaned = cleanText(value);
  if (cleaned.length > max)
    problems.push({ field, message: `${field} is longer than ${max} characters`, code: ErrorCode.TOO_LONG });
  return cleaned || null;
}

function parsePublishedAt(value: string | Date | null | undefined, problems: InputProblem[]): Date | null {
  if (value === undefined || value === null || value === '') return null;
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1800 || date.getUTCFullYear() > 2200) {
    problems.push({
      field: 'publishedAt',
      message: `publishedAt "${String(value)}" is not an ISO-8601 date between 1800 and 2200`,
      code: ErrorCode.INVALID,
    });
    return null;
  }
  return date;
}

function parseUrl(value: string | null | undefined, problems: InputProblem[]): string | null {
  const text = optionalText(value, 'url', problems, 2_000);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
  } catch {
    problems.push({ field: 'url', message: `url "${text}" is not an http(s) URL`, code: ErrorCode.INVALID });
    return null;
  }
  // Stored URLs are served to every reader: a user:password@ part would publish a credential.
  // The message leaves the URL out, so the secret is not echoed into responses and logs either.
  if (url.username || url.password) {
    problems.push({
      field: 'url',
      message: 'url must not contain a user name or password (user:password@host)',
      code: ErrorCode.INVALID,
    });
    return null;
  }
  url.hash = '';
  return url.toString();
}

/** Same text, same hash: whitespace differences do not make a new article. */
export function contentHashOf(title: string, body: string): string {
  const normalized = `${title}\n${body}`.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalized, 'utf8').digest('hex');
}

/** Checks and normalizes an input; returns every problem at once so a client can fix them together. */
export function validateArticleInput(
  input: ArticleInput,
  maxBodyChars: number,
): { article: ValidArticle } | { problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  // Callers without a schema (files, library use) can pass any JSON value: a wrong type is named as such.
  const fields = input as { title: unknown; body: unknown };
  const wrongType = (['title', 'body'] as const).filter(
    (field) => fields[field] !== undefined && fields[field] !== null && typeof fields[field] !== 'string',
  );
  for (const field of wrongType) problems.push(notAString(field, fields[field]));
  const title = typeof input.title === 'string' ? cleanText(input.title) : '';
  const body = typeof input.body === 'string' ? input.body : '';
  if (!title && !wrongType.includes('title'))
    problems.push({ field: 'title', message: 'title is missing or empty', code: ErrorCode.REQUIRED });
  if (title.length > MAX_TITLE_CHARS) {
    problems.push({
      field: 'title',
      message: `title is longer than ${MAX_TITLE_CHARS} characters`,
      code: ErrorCode.TOO_LONG,
    });
  }
  // Check the size before cleaning so a huge body costs one comparison, not a pass over it.
  if (body.length > maxBodyChars) {
    problems.push({
      field: 'body',
      message: `body has ${body.length} characters; the limit is ${maxBodyChars}`,
      code: ErrorCode.TOO_LONG,
    });
  }
  const cleanedBody = problems.some((p) => p.field === 'body') ? '' : cleanText(body);
  if (!cleanedBody && !problems.some((p) => p.field === 'body')) {
    problems.push({ field: 'body', message: 'body is missing or empty', code: ErrorCode.REQUIRED });
  }
  const url = parseUrl(input.url, problems);
  const publishedAt = parsePublishedAt(input.publishedAt, problems);
  const summary = optionalText(input.summary, 'summary', problems, 5_000);
  const source = optionalText(input.source, 'source', problems);
  const author = optionalText(input.author, 'author', problems);
  const section = optionalText(input.section, 'section', problems);
  const language = optionalText(input.language, 'language', problems, MAX_LANGUAGE_CHARS);
  if (problems.length) return { problems };
  return {
    article: {
      url,
      title,
      body: cleanedBody,
      summary,
      source,
      author,
      section,
      language,
      publishedAt,
      contentHash: contentHashOf(title, cleanedBody),
    },
  };
}
