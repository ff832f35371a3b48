/**
 * Re-runs every example of docs/dashboards.md against a fresh in-memory graph of the demo corpus
 * and rewrites each "Answer on the demo corpus" block with the real response, so the documented
 * answers never drift from what the service returns.
 *
 *   node -r @swc-node/register scripts/refresh-dashboard-doc.ts
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { print } from 'graphql';
import * as operations from '../src/client/generated/graphql';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createExtractor } from '../src/extraction';
import { DEMO_CORPUS_PATH } from '../src/ingest/demo-corpus';
import { ingestFiles } from '../src/ingest/ingest-files';
import { createServer } from '../src/http/server';

const DOC = path.join(__dirname, '..', 'docs', 'dashboards.md');
const SECTION =
  /Operation `(\w+)`[^\n]*\n\n(?:```json\n([\s\S]*?)```\n\n)?```graphql\n[\s\S]*?```\n\nAnswer on the demo corpus:\n\n```json\n[\s\S]*?```/g;

async function main(): Promise<void> {
  const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', CONTENT_GRAPH_LOG_LEVEL: 'silent' });
  const app = await createApp(config, createExtractor());
  await ingestFiles([DEMO_CORPUS_PATH], app.services.ingest, { maxRecordBytes: 4_000_000 });
  const server = await createServer(app);
  const documents = operations as unknown as Record<string, Parameters<typeof print>[0]>;
  const doc = fs.readFileSync(DOC, 'utf8');
  const answers: string[] = [];
  for (const match of doc.matchAll(SECTION)) {
    const document = documents[`${match[1]}Document`];
    if (!document) throw new Error(`docs/dashboards.md names an unknown operation ${match[1]}`);
    const variables = match[2] ? (JSON.parse(match[2]) as Record<string, unknown>) : undefined;
    const response = await server.apollo.executeOperation(
      { query: print(document), variables },
      { contextValue: server.createContext() },
    );
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    answers.push(JSON.stringify(response.body.singleResult, null, 2));
  }
  let index = 0;
  const refreshed = doc.replace(SECTION, (section) =>
    section.replace(
      /(Answer on the demo corpus:\n\n```json\n)[\s\S]*?```$/,
      (_all, head: string) => `${head}${answers[index++]}\n\`\`\``,
    ),
  );
  fs.writeFileSync(DOC, refreshed);
  process.stdout.write(`refreshed ${answers.length} answers in docs/dashboards.md\n`);
  await server.stop();
  await app.close();
}

void main();
