import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const DEPCRUISE = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
// Parsing every module of src/ takes seconds, more on a busy machine.
const CRUISE_TIMEOUT_MS = 180_000;

/** Runs the check of `npm run lint:layers` in `root`: what it prints and its exit status. */
function checkLayers(root: string): { report: string; status: number | null } {
  const run = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', '.dependency-cruiser.cjs'], {
    cwd: root,
    encoding: 'utf8',
  });
  // The report's arrows are padded and wrapped over lines; one space each keeps the assertions readable.
  return { report: `${run.stdout}${run.stderr}`.replace(/\s+/g, ' '), status: run.status };
}

describe('architecture › layers of src/ (.dependency-cruiser.cjs)', () => {
  const copies: string[] = [];
  afterAll(() => {
    for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the real tree › no cycle and no upward import', { timeout: CRUISE_TIMEOUT_MS }, () => {
    const { report, status } = checkLayers(ROOT);
    expect(report).toContain('no dependency violations found');
    expect(status).toBe(0);
  });

  it(
    'a copy of src/ with planted imports › fails, naming each planted import and its rule',
    { timeout: CRUISE_TIMEOUT_MS },
    () => {
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'content-graph-layers-'));
      copies.push(copy);
      fs.cpSync(path.join(ROOT, 'src'), path.join(copy, 'src'), { recursive: true });
      for (const file of ['.dependency-cruiser.cjs', 'tsconfig.json', 'package.json']) {
        fs.copyFileSync(path.join(ROOT, file), path.join(copy, file));
      }
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
      const plant = (file: string, text: string) => fs.writeFileSync(path.join(copy, file), text);
      // A service that reaches up into the GraphQL layer.
      plant(
        'src/services/planted-upward.ts',
        "import type { ArticleResolver } from '../resolvers/article.resolver';\n" +
          'export type Planted = ArticleResolver;\n',
      );
      // Two modules of one folder that import each other: no layer is crossed, still a cycle.
      plant('src/db/planted-a.ts', "import { b } from './planted-b';\nexport const a = () => b;\n");
      plant('src/db/planted-b.ts', "import { a } from './planted-a';\nexport const b = () => a;\n");
      // A leaf that imports a layer.
      plant(
        'src/core/planted-leaf.ts',
        "import { MAX_PAGE_SIZE } from '../services/pagination';\nexport const planted = MAX_PAGE_SIZE;\n",
      );

      const { report, status } = checkLayers(copy);
      expect(report).toContain(
        'error services-imports-upward: src/services/planted-upward.ts → src/resolvers/article.resolver.ts',
      );
      expect(report).toContain(
        'error leaf-imports-src: src/core/planted-leaf.ts → src/services/pagination.ts',
      );
      expect(report).toContain(
        'error no-circular: src/db/planted-a.ts → src/db/planted-b.ts → src/db/planted-a.ts',
      );
      expect(report).toContain('3 dependency violations (3 errors, 0 warnings)');
      expect(status).toBe(3);
    },
  );
});
