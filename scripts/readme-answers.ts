/**
 * The README's "Example queries" answers, computed: each marked block of README.md is rewritten
 * with what the service answers on the demo corpus, so the documented answers cannot drift from
 * the code. `npm run docs:readme` (scripts/refresh-readme.ts) writes them; test/readme-answers.test.ts
 * fails when the README differs from what this would write.
 *
 * Two kinds of marked block:
 * - `<!-- answer: QUERY ABOVE -->` … `<!-- /answer -->`: a ```text rendering of the answer to the
 *   last ```graphql block before it (the headline query, the walk from a story to its people);
 * - `<!-- answers: TABLE -->` … `<!-- /answers -->`: a table `| query | answer |` whose query cells
 *   (one top-level selection in backticks) are run as `{ QUERY }` and whose answer cells are rewritten.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import type { ContentGraphServer } from '../src/http/server';

export const README = path.join(__dirname, '..', 'README.md');

const ANSWER_BLOCK = /(<!-- answer: QUERY ABOVE -->\n)[\s\S]*?(<!-- \/answer -->)/g;
const TABLE_BLOCK = /(<!-- answers: TABLE -->\n)[\s\S]*?(<!-- \/answers -->)/g;
const GRAPHQL_BLOCK = /```graphql\n([\s\S]*?)```/g;

interface Response {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

async function run(server: ContentGraphServer, query: string): Promise<Response> {
  const response = await server.executeOperation({ query }, { contextValue: server.createContext() });
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  // As a client reads it over HTTP: serialized (a DateTime is its ISO string, not a Date).
  return JSON.parse(JSON.stringify(response.body.singleResult)) as Response;
}

function dataOf(query: string, response: Response): Record<string, unknown> {
  if (response.errors?.length || !response.data) {
    throw new Error(`README query failed: ${query}\n${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Field access that fails loudly when the README's query no longer selects what a rendering reads. */
function field<T extends Json>(value: Json | undefined, ...keys: string[]): T {
  let current: Json | undefined = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object' || Array.isArray(current) || !(key in current)) {
      throw new Error(`README answer rendering: the query's answer has no field ${keys.join('.')}`);
    }
    current = current[key];
  }
  return current as T;
}

/** The first words of a long sentence, cut at a word boundary. */
function abridge(text: string, max = 100): string {
  if (text.length <= max) return text;
  return `${text.slice(0, text.lastIndexOf(' ', max))} …`;
}

/** `articles(filter: …) { totalCount nodes { title publishedAt countries people mentions } }` */
function renderArticleList(data: Json): string {
  const articles = field<Json>(data, 'articles');
  const nodes = field<Json[]>(articles, 'nodes');
  const rows = nodes.map((node) => ({
    title: field<string>(node, 'title'),
    date: field<string>(node, 'publishedAt').slice(0, 10),
    codes: field<Json[]>(node, 'countries')
      .map((c) => field<string>(c, 'code'))
      .join(','),
    people: field<Json[]>(node, 'people')
      .map((p) => field<string>(p, 'name'))
      .join(', '),
  }));
  const titleWidth = Math.max(...rows.map((r) => r.title.length));
  const codesWidth = Math.max(...rows.map((r) => r.codes.length));
  const lines = [`totalCount: ${field<number>(articles, 'totalCount')}`];
  for (const r of rows) {
    lines.push(`${r.title.padEnd(titleWidth)}  ${r.date}  ${r.codes.padEnd(codesWidth)} | ${r.people}`);
  }
  const [first] = nodes;
  if (first) {
    const [mention] = field<Json[]>(first, 'mentions');
    const name = field<string>(mention, 'entity', 'name');
    const [snippet] = field<Json[]>(mention, 'snippets');
    const text = field<string>(snippet, 'text');
    const start = field<number>(snippet, 'start');
    const end = field<number>(snippet, 'end');
    lines.push(
      `first ${name} snippet of the first story: ${JSON.stringify(abridge(text))} start ${start}, end ${end} (${JSON.stringify(text.slice(start, end))})`,
    );
  }
  return lines.join('\n');
}

/** `entity(slug: …) { name articles { totalCount nodes { title people { name articles { totalCount } } } } }` */
function renderWalk(data: Json): string {
  const entity = field<Json>(data, 'entity');
  const articles = field<Json>(entity, 'articles');
  const lines = [`${field<string>(entity, 'name')}: ${field<number>(articles, 'totalCount')} articles`];
  for (const node of field<Json[]>(articles, 'nodes')) {
    const people = field<Json[]>(node, 'people').map(
      (p) => `${field<string>(p, 'name')} (${field<number>(p, 'articles', 'totalCount')})`,
    );
    lines.push(`${field<string>(node, 'title')}`, `  people (their articles): ${people.join(', ')}`);
  }
  return lines.join('\n');
}

function renderQueryAnswer(data: Json): string {
  if (data && typeof data === 'object' && 'articles' in data) return renderArticleList(data);
  if (data && typeof data === 'object' && 'entity' in data) return renderWalk(data);
  throw new Error(`README answer rendering: no rendering for an answer with ${Object.keys(data ?? {})}`);
}

/** A compact, GraphQL-like rendering of an answer: `{ name: "North Korea", capital: "Pyongyang" }`. */
function compact(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([key, v]) => `${key}: ${compact(v)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

function tableCell(response: Response): string {
  const error = response.errors?.[0];
  const body = error ? error.message : compact(Object.values(response.data ?? {})[0] as Json);
  if (body.includes('`')) throw new Error(`README answer holds a backtick: ${body}`);
  const cell = error ? `error \`${String(error.extensions?.code)}\`: ${body}` : `\`${body}\``;
  return cell.replace(/\|/g, '\\|');
}

/** The query cells of a `| query | answer |` table, in order. */
export function tableQueries(table: string): string[] {
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const match = /^\| `(.+?)` +\|/.exec(line);
      if (!match) throw new Error(`README answers table: no query in ${line}`);
      return match[1].replace(/\\\|/g, '|');
    });
}

async function renderTable(server: ContentGraphServer, table: string): Promise<string> {
  const rows = ['| query | answer |', '| --- | --- |'];
  for (const query of tableQueries(table)) {
    rows.push(`| \`${query}\` | ${tableCell(await run(server, `{ ${query} }`))} |`);
  }
  return rows.join('\n');
}

export interface RefreshedReadme {
  text: string;
  /** Answers written: one per marked query block and one per table row. */
  answers: number;
}

/**
 * README.md with every marked answer recomputed against `server` (a graph holding exactly the demo
 * corpus), formatted by prettier as `npm run lint` expects.
 */
export async function refreshReadme(readme: string, server: ContentGraphServer): Promise<RefreshedReadme> {
  let answers = 0;
  let text = readme;

  const blocks: string[] = [];
  for (const match of readme.matchAll(ANSWER_BLOCK)) {
    const before = readme.slice(0, match.index);
    const queries = [...before.matchAll(GRAPHQL_BLOCK)];
    const query = queries.at(-1)?.[1];
    if (!query) throw new Error('README: an answer block with no ```graphql block before it');
    blocks.push(renderQueryAnswer(dataOf(query, await run(server, query)) as Json));
    answers++;
  }
  let index = 0;
  text = text.replace(ANSWER_BLOCK, (_all, head: string, tail: string) => {
    return `${head}\n\`\`\`text\n${blocks[index++]}\n\`\`\`\n\n${tail}`;
  });

  const tables: string[] = [];
  for (const match of readme.matchAll(TABLE_BLOCK)) {
    tables.push(await renderTable(server, match[0]));
    answers += tableQueries(match[0]).length;
  }
  index = 0;
  text = text.replace(TABLE_BLOCK, (_all, head: string, tail: string) => {
    return `${head}\n${tables[index++]}\n\n${tail}`;
  });

  const options = await prettier.resolveConfig(README);
  return { text: await prettier.format(text, { ...options, filepath: README }), answers };
}

export function readReadme(): string {
  return fs.readFileSync(README, 'utf8');
}
