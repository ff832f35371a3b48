import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import 'reflect-metadata';
import { writeCorpus } from './corpus-writer';

/** npm run bench:generate -- --articles N [--out PATH] [--seed S]: a synthetic corpus and its sidecar. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '100000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '42' },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles <= 0)
    throw new Error('--articles: expected a positive integer');
  if (!Number.isInteger(seed)) throw new Error('--seed: expected an integer');
  const out = values.out ?? path.join('data', 'bench', `corpus-${articles}.sqlite`);
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });

  const started = performance.now();
  const { stats, seconds } = await writeCorpus(
    out,
    {
      articles,
      seed,
      people: 50_000,
      organizations: 20_000,
      places: 10_000,
      from: new Date('2019-01-01T00:00:00Z'),
      to: new Date('2025-12-31T00:00:00Z'),
    },
    (line) => console.log(line),
  );
  const total = Math.round((performance.now() - started) / 100) / 10;
  const sidecar = out.replace(/\.sqlite$/, '') + '.stats.json';
  fs.writeFileSync(sidecar, JSON.stringify({ ...stats, generateSeconds: { ...seconds, total } }, null, 2));
  const bytes = fs.statSync(out).size;
  console.log(
    `${articles} articles, ${stats.mentions} mentions in ${total} s → ${out} (${(bytes / 2 ** 30).toFixed(2)} GiB), stats in ${sidecar}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
