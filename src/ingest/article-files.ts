import fs from 'node:fs';
import path from 'node:path';
import { jsonTypeOf, type ArticleInput } from '../services/article-input';

/** One record read from a file: an article to ingest, or why the record was unusable. */
export type ArticleRecord = { location: string; input: ArticleInput } | { location: string; problem: string };

export interface ArticleFileOptions {
  /** Records longer than this many bytes are skipped without being held in memory whole. */
  maxRecordBytes: number;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);
const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/** Expands folders (recursively, in name order) into the files under them. */
async function* filesUnder(inputPath: string): AsyncGenerator<string> {
  const stat = await fs.promises.stat(inputPath);
  if (!stat.isDirectory()) {
    yield inputPath;
    return;
  }
  const names = (await fs.promises.readdir(inputPath)).filter((name) => !name.startsWith('.')).sort();
  for (const name of names) yield* filesUnder(path.join(inputPath, name));
}

/** Maps a parsed JSON value to an article input, or explains why it is not one. */
function toArticleInput(value: unknown): ArticleInput | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object';
  const record = value as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : null);
  for (const key of [
    'title',
    'body',
    'url',
    'publishedAt',
    'source',
    'author',
    'summary',
    'section',
    'language',
  ]) {
    if (record[key] !== undefined && record[key] !== null && typeof record[key] !== 'string') {
      return `"${key}" must be a string, got ${jsonTypeOf(record[key])}`;
    }
  }
  for (const key of ['title', 'body']) {
    if (typeof record[key] !== 'string' || !(record[key] as string).trim())
      return `"${key}" is missing or empty`;
  }
  return {
    url: text('url'),
    title: record.title as string,
    body: record.body as string,
    publishedAt: text('publishedAt'),
    source: text('source'),
    author: text('author'),
    summary: text('summary'),
    section: text('section'),
    language: text('language'),
  };
}

function recordFromJson(location: string, json: string): ArticleRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { location, problem: `malformed JSON (${(error as Error).message})` };
  }
  const input = toArticleInput(parsed);
  return typeof input === 'string' ? { location, problem: input } : { location, input };
}

/** Splits a stream into lines at the byte level; oversized lines are skipped, not buffered. */
async function* jsonlRecords(file: string, options: ArticleFileOptions): AsyncGenerator<ArticleRecord> {
  let parts: Buffer[] = [];
  let size = 0;
  let oversized = false;
  let lineNumber = 0;
  const finishLine = (): ArticleRecord | null => {
    lineNumber += 1;
    const location = `${file}:${lineNumber}`;
    const wasOversized = oversized;
    const bytes = Buffer.concat(parts);
    parts = [];
    size = 0;
    oversized = false;
    if (wasOversized) return { location, problem: `record is larger than ${options.maxRecordBytes} bytes` };
    const text = decodeUtf8(bytes);
    if (text === null) return { location, problem: 'not valid UTF-8' };
    if (!text.trim()) return null;
    return recordFromJson(location, text);
  };
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(10, start); newline !== -1; newline = chunk.indexOf(10, start)) {
      if (!oversized) parts.push(chunk.subarray(start, newline));
      const record = finishLine();
      if (record) yield record;
      start = newline + 1;
    }
    const rest = chunk.subarray(start);
    size += rest.length;
    if (size > options.maxRecordBytes) {
      oversized = true;
      parts = [];
    } else if (rest.length) parts.push(rest);
  }
  if (size > 0 || oversized) {
    const record = finishLine();
    if (record) yield record;
  }
}

async function* wholeFileRecords(
  file: string,
  ext: string,
  options: ArticleFileOptions,
): AsyncGenerator<ArticleRecord> {
  const { size } = await fs.promises.stat(file);
  // A .json file may hold many articles; allow room for a full array of them.
  const limit = ext === '.json' ? options.maxRecordBytes * 50 : options.maxRecordBytes;
  if (size > limit) {
    yield { location: file, problem: `file is larger than ${limit} bytes` };
    return;
  }
  const text = decodeUtf8(await fs.promises.readFile(file));
  if (text === null) {
    yield { location: file, problem: 'not valid UTF-8' };
    return;
  }
  if (ext !== '.json') {
    // Plain text or Markdown: the first non-empty line is the title ("# " stripped), the rest the body.
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const titleIndex = lines.findIndex((line) => line.trim());
    const title = titleIndex >= 0 ? lines[titleIndex].replace(/^#+\s*/, '').trim() : '';
    const body =
      titleIndex >= 0
        ? lines
            .slice(titleIndex + 1)
            .join('\n')
            .trim()
        : '';
    if (!title || !body) {
      yield { location: file, problem: !title ? 'file is empty' : 'file has a title line but no body' };
      return;
    }
    yield { location: file, input: { title, body } };
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    yield { location: file, problem: `malformed JSON (${(error as Error).message})` };
    return;
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  for (const [i, item] of items.entries()) {
    const location = Array.isArray(parsed) ? `${file}[${i}]` : file;
    const input = toArticleInput(item);
    yield typeof input === 'string' ? { location, problem: input } : { location, input };
  }
}

/**
 * Reads articles from files and folders: .txt/.md (first line is the title), .json (an article or
 * an array of them) and .jsonl (one article per line, streamed). Bad records are reported with
 * their file and line and never stop the rest.
 */
export async function* readArticleRecords(
  inputPaths: readonly string[],
  options: ArticleFileOptions,
): AsyncGenerator<ArticleRecord> {
  for (const inputPath of inputPaths) {
    let files: AsyncGenerator<string>;
    try {
      await fs.promises.access(inputPath, fs.constants.R_OK);
      files = filesUnder(inputPath);
    } catch {
      yield { location: inputPath, problem: 'no such file or folder, or not readable' };
      continue;
    }
    for await (const file of files) {
      const ext = path.extname(file).toLowerCase();
      if (ext === '.jsonl') yield* jsonlRecords(file, options);
      else if (ext === '.json' || TEXT_EXTENSIONS.has(ext)) yield* wholeFileRecords(file, ext, options);
      else
        yield {
          location: file,
          problem: `unsupported file type "${ext || '(none)'}" (use .txt, .md, .json or .jsonl)`,
        };
    }
  }
}
