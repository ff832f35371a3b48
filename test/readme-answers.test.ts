import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReadme, refreshReadme, tableQueries } from '../scripts/readme-answers';
import { ArticlePageWithGraphDocument } from './generated/graphql';
import { createDemoGraph, readDemoArticles } from './helpers/demo-graph';
import { execute } from './helpers/execute';
import type { TestGraph } from './helpers/test-app';

const readme = readReadme();
const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** The "Example queries (answers from the demo corpus)" section of the README. */
function examplesSection(): string {
  const start = readme.indexOf('## Example queries');
  const end = readme.indexOf('\n## ', start + 1);
  expect(start).toBeGreaterThan(0);
  return readme.slice(start, end);
}

describe('README example answers', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await createDemoGraph();
  });
  afterAll(async () => {
    await graph?.close();
  });

  it('every marked answer is what the demo corpus answers now (npm run docs:readme rewrites them)', async () => {
    const refreshed = await refreshReadme(readme, graph.server);
    expect(refreshed.text).toBe(readme);
    // The two example queries plus the nine table rows: the check covers every shown answer.
    expect(refreshed.answers).toBe(11);
  });

  it('every GraphQL example of the section has a marked answer before the next one, the table is marked', () => {
    const section = examplesSection();
    const blocks = section.split('```graphql\n').slice(1);
    expect(blocks).toHaveLength(2);
    // Each chunk runs from one example query to the next: its answer must be marked in between.
    for (const block of blocks) expect(block).toContain('<!-- answer: QUERY ABOVE -->');
    const table = section.slice(
      section.indexOf('<!-- answers: TABLE -->'),
      section.indexOf('<!-- /answers -->'),
    );
    expect(tableQueries(table)).toHaveLength(9);
  });

  it('the headline answer lists the 3 newest stories whose countries include CN and KP, of 9, recounted from Article.countries', async () => {
    const all = await execute(graph.server, ArticlePageWithGraphDocument, { first: 100 });
    expect(all.errors).toBeUndefined();
    const demo = readDemoArticles();
    expect(all.data!.articles.nodes).toHaveLength(demo.length);
    const dateOf = new Map(demo.map((a) => [a.title, a.publishedAt]));
    const both = all
      .data!.articles.nodes.filter((node) => {
        const codes = node.countries.map((c) => c.code);
        return codes.includes('CN') && codes.includes('KP');
      })
      .map((node) => ({ title: node.title, date: Date.parse(dateOf.get(node.title)!) }))
      .sort((a, b) => b.date - a.date);
    // Counted by hand from demo/articles.jsonl: nine stories name both China and North Korea.
    expect(both).toHaveLength(9);

    const section = examplesSection();
    const answer = section.slice(
      section.indexOf('```text\n') + 8,
      section.indexOf('\n```', section.indexOf('```text')),
    );
    const lines = answer.split('\n');
    expect(lines[0]).toBe('totalCount: 9');
    expect(lines.slice(1, 4).map((line) => line.split('  ')[0].trim())).toEqual(
      both.slice(0, 3).map((a) => a.title),
    );
  });
});

describe('README GraphQL examples', () => {
  it('every ```graphql block and every table query of the README validates against schema.graphql', () => {
    const documents = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
    const tableCells = [...readme.matchAll(/^\|[^|\n]*?\| `([a-z]\w*(?:\(.*?\))? \{.*\})` +\|/gm)]
      .concat([...readme.matchAll(/^\| `([a-z]\w*(?:\(.*?\))? \{.*?\})` +\|/gm)])
      .map((m) => `{ ${m[1].replace(/\\\|/g, '|')} }`);
    // 2 example blocks; 9 rows of the example table and 8 of the dashboards table.
    expect(documents).toHaveLength(2);
    expect(tableCells).toHaveLength(17);
    for (const document of [...documents, ...tableCells]) {
      expect({ document, errors: validate(schema, parse(document)).map((e) => e.message) }).toEqual({
        document,
        errors: [],
      });
    }
  });
});

describe('README CLI table', () => {
  /** Each subcommand of src/cli.ts ("keys create" for a nested one) with the options it declares. */
  function cliCommands(): Map<string, string[]> {
    const source = fs.readFileSync(path.join(__dirname, '..', 'src', 'cli.ts'), 'utf8');
    const commands = new Map<string, string[]>();
    for (const chunk of source.split(/\nprogram\n/).slice(1)) {
      const name = [...chunk.matchAll(/\.command\('([\w-]+)'\)/g)].map((m) => m[1]).join(' ');
      const options = [...chunk.matchAll(/(?:option\(|Option\(\s*)'(--[\w-]+)/g)].map((m) => m[1]);
      commands.set(name, options);
    }
    return commands;
  }

  it('lists every subcommand of src/cli.ts with each of its options', () => {
    const commands = cliCommands();
    // Counted by hand in src/cli.ts: serve, migrate, copy, ingest, query, keys create, extract, eval.
    expect([...commands.keys()]).toEqual([
      'serve',
      'migrate',
      'copy',
      'ingest',
      'query',
      'keys create',
      'extract',
      'eval',
    ]);
    expect(commands.get('serve')).toEqual(['--no-demo', '--port', '--workers', '--worker-heap-mb']);
    const table = readme.slice(
      readme.indexOf('## CLI'),
      readme.indexOf('\n## ', readme.indexOf('## CLI') + 1),
    );
    const rows = table.split('\n').filter((line) => line.startsWith('| `content-graph '));
    for (const [name, options] of commands) {
      const row = rows.find((line) => line.startsWith(`| \`content-graph ${name}`));
      expect({ name, row: row !== undefined }).toEqual({ name, row: true });
      const usage = /^\| `([^`]+)`/.exec(row!)![1];
      for (const option of options)
        expect({ name, usage }).toEqual({ name, usage: expect.stringContaining(option) });
    }
    expect(rows).toHaveLength(commands.size);
  });
});
