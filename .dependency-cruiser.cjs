// The layers of src/ (docs/architecture.md, "Layout"), checked by `npm run lint:layers`.
// Each layer may import the layers listed after it, never one before it; the leaves import nothing
// of src/ outside themselves. Type-only imports count: a cycle through types is still a cycle.

/** Top to bottom. `path` matches the layer's files, relative to the repository root. */
const LAYERS = [
  { name: 'cli', path: '^src/cli(\\.ts$|/)' },
  { name: 'copy', path: '^src/copy/' },
  { name: 'http', path: '^src/http/' },
  { name: 'schema', path: '^src/schema/' },
  { name: 'resolvers', path: '^src/resolvers/' },
  { name: 'app', path: '^src/app\\.ts$' },
  { name: 'ingest', path: '^src/ingest/' },
  { name: 'services', path: '^src/services/' },
  { name: 'loaders', path: '^src/loaders/' },
  { name: 'db', path: '^src/db/' },
  { name: 'entities', path: '^src/entities/' },
  { name: 'config', path: '^src/config\\.ts$' },
];

/** Imported from anywhere; each imports only itself (and packages). */
const LEAVES = ['core', 'extraction', 'ops', 'client'];

const upwardRules = LAYERS.slice(1).map((layer, i) => ({
  name: `${layer.name}-imports-upward`,
  comment: `${layer.name} may import only the layers below it: ${LAYERS.slice(i + 2)
    .map((l) => l.name)
    .concat(LEAVES)
    .join(', ')}`,
  severity: 'error',
  from: { path: layer.path },
  to: { path: LAYERS.slice(0, i + 1).map((l) => l.path) },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules of src/ must not depend on each other in a circle.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...upwardRules,
    {
      name: 'leaf-imports-src',
      comment: `The leaves (src/${LEAVES.join(', src/')}) import nothing of src/ outside themselves.`,
      severity: 'error',
      from: { path: `^src/(${LEAVES.join('|')})/` },
      to: { path: '^src/', pathNot: '^src/$1/' },
    },
    {
      name: 'resolvers-import-db',
      comment: 'Resolvers contain no SQL: they reach the database through services and loaders.',
      severity: 'error',
      from: { path: '^src/resolvers/' },
      to: { path: '^src/db/' },
    },
    {
      name: 'services-import-graphql',
      comment: 'Services know nothing of GraphQL or HTTP; their coded errors come from src/core.',
      severity: 'error',
      from: { path: '^src/services/' },
      to: {
        path: 'node_modules/(graphql|type-graphql|graphql-scalars|@apollo|@as-integrations|express)/',
      },
    },
    {
      name: 'src-imports-outside',
      comment: 'What ships (dist/ is built from src/) imports no benchmark, test or script.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(bench|test|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/client/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
