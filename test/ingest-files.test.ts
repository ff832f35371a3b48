import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article } from '../src/entities/article';
import { createExtractor } from '../src/extraction';
import { ingestFiles } from '../src/ingest/ingest-files';
import { createTestGraph, type TestGraph } from './helpers/test-app';

let dir: string;
let graph: TestGraph;

const good = (n: number) =>
  JSON.stringify({
    id: `a${n}`,
    url: `https://files.example/${n}`,
    title: `Story ${n} about Japan`,
    body: `Tokyo said on day ${n} that Japan would host talks.`,
  });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-files-'));
  fs.mkdirSync(path.join(dir, 'nested'));
  fs.writeFileSync(
    path.join(dir, 'batch.jsonl'),
    [good(1), '{"title": "broken', '', JSON.stringify({ title: 'No body' }), good(2), '[1,2]'].join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'nested', 'one.json'), good(3));
  fs.writeFileSync(path.join(dir, 'nested', 'many.json'), `[${good(4)}, {"title": "", "body": "x"}]`);
  fs.writeFileSync(
    path.join(dir, 'nested', 'note.md'),
    '# Kenya holds elections\n\nVoters in Nairobi queued early.',
  );
  fs.writeFileSync(path.join(dir, 'nested', 'plain.txt'), 'Peru mine reopens\nLima approved the plan.');
  fs.writeFileSync(path.join(dir, 'nested', 'title-only.txt'), 'Only a title\n');
  fs.writeFileSync(
    path.join(dir, 'nested', 'latin1.txt'),
    Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xe9, 0xe8]),
  );
  fs.writeFileSync(path.join(dir, 'nested', 'report.pdf'), '%PDF-1.4');
  fs.writeFileSync(
    path.join(dir, 'huge.jsonl'),
    `${JSON.stringify({ title: 'Huge', body: 'y'.repeat(3_000_000) })}\n${good(5)}\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'bad-bytes.jsonl'),
    Buffer.concat([
      Buffer.from(`${good(6)}\n{"title":"T","body":"`),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}\n'),
    ]),
  );
  graph = await createTestGraph(createExtractor());
});
afterAll(async () => {
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ingest files › mixed folder with bad records', () => {
  it('ingests every good record, skips each bad one with file and line, and keeps nothing half-written', async () => {
    const summary = await ingestFiles([dir, path.join(dir, 'missing.jsonl')], graph.app.services.ingest, {
      maxRecordBytes: 1_000_000,
    });
    const reasons = Object.fromEntries(
      summary.skipped.map((s) => [path.relative(dir, s.location), s.reason]),
    );
    expect(summary.created).toBe(8);
    expect(reasons).toEqual({
      'batch.jsonl:2': expect.stringContaining('malformed JSON'),
      'batch.jsonl:4': expect.stringContaining('"body" is missing'),
      'batch.jsonl:6': 'expected a JSON object',
      'bad-bytes.jsonl:2': 'not valid UTF-8',
      'huge.jsonl:1': expect.stringContaining('larger than 1000000 bytes'),
      'nested/latin1.txt': 'not valid UTF-8',
      'nested/many.json[1]': expect.stringContaining('"title" is missing'),
      'nested/report.pdf': expect.stringContaining('unsupported file type ".pdf"'),
      'nested/title-only.txt': expect.stringContaining('no body'),
      'missing.jsonl': expect.stringContaining('no such file'),
    });
    const titles = (await graph.app.dataSource.getRepository(Article).find()).map((a) => a.title).sort();
    expect(titles).toEqual([
      'Kenya holds elections',
      'Peru mine reopens',
      'Story 1 about Japan',
      'Story 2 about Japan',
      'Story 3 about Japan',
      'Story 4 about Japan',
      'Story 5 about Japan',
      'Story 6 about Japan',
    ]);
  });

  it('running the same batch again updates nothing and duplicates nothing', async () => {
    const summary = await ingestFiles([dir], graph.app.services.ingest, { maxRecordBytes: 1_000_000 });
    expect(summary.created).toBe(0);
    expect(summary.unchanged).toBe(8);
    expect(await graph.app.dataSource.getRepository(Article).count()).toBe(8);
  });
});
