/**
 * `content-graph extract FILE.jsonl`: streams a JSONL file of {id, title, body, ...} line by line and
 * prints one scorer-format prediction line per article. Malformed lines are reported on stderr as
 * file:line and skipped.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createExtractor, toScorerPrediction } from '../extraction';
import type { Extractor } from '../extraction/types';

export interface ArticleLine {
  id: string;
  title: string;
  body: string;
  lineNo: number;
  raw: Record<string, unknown>;
}

/** Yields the valid article lines of a JSONL file; reports bad lines through `onError`. */
export async function* readArticles(
  file: string,
  onError: (message: string) => void,
): AsyncGenerator<ArticleLine> {
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      onError(`${file}:${lineNo}: malformed JSON (${(e as Error).message}), skipped`);
      continue;
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
      onError(`${file}:${lineNo}: not a JSON object, skipped`);
      continue;
    }
    const o = obj as Record<string, unknown>;
    const title = typeof o.title === 'string' ? o.title : '';
    const body = typeof o.body === 'string' ? o.body : '';
    if (!title && !body) {
      onError(`${file}:${lineNo}: no title or body, skipped`);
      continue;
    }
    const id = o.id === undefined || o.id === null ? `line-${lineNo}` : String(o.id);
    yield { id, title, body, lineNo, raw: o };
  }
}

export async function runExtractCommand(
  file: string,
  out: NodeJS.WritableStream,
  opts: { extractor?: Extractor; err?: NodeJS.WritableStream } = {},
): Promise<void> {
  const extractor = opts.extractor ?? createExtractor();
  const err = opts.err ?? process.stderr;
  for await (const a of readArticles(file, (m) => err.write(m + '\n'))) {
    const result = extractor.extract({ title: a.title, body: a.body });
    const line = JSON.stringify(toScorerPrediction(a.id, result)) + '\n';
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
}
