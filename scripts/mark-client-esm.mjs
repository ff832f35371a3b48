// dist/client/esm holds ES modules with .js names inside a "type": "commonjs" package: this marker
// makes Node (and TypeScript's node16 resolution) read that folder as ESM. Run by `npm run build`.
import fs from 'node:fs';
import { URL } from 'node:url';

const marker = new URL('../dist/client/esm/package.json', import.meta.url);
fs.writeFileSync(marker, `${JSON.stringify({ type: 'module' })}\n`);
