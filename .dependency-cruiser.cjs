// The stage order of src/ (docs/architecture.md): shared -> io -> criteria -> evidence -> engine
// -> batch -> render -> cli, each stage importing only from itself and the stages before it.
// `src/shared` is pure (no Node built-ins that touch the outside world); `src/index.ts` is the
// library entry and may re-export any stage. Checked by `npm run lint`.
const STAGES = ['shared', 'io', 'criteria', 'evidence', 'engine', 'batch', 'render', 'cli'];

const againstTheOrder = STAGES.slice(0, -1).map((stage, index) => ({
  name: `no-${stage}-to-later-stage`,
  comment: `src/${stage} may import only from ${STAGES.slice(0, index + 1).join(', ')} (the stage order)`,
  severity: 'error',
  from: { path: `^src/${stage}/` },
  to: { path: `^src/(${STAGES.slice(index + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...againstTheOrder,
    {
      name: 'no-outside-stages',
      comment: 'every module of src/ lives in a stage folder (only the library entry src/index.ts sits beside them)',
      severity: 'error',
      from: { path: '^src/(?!index\\.ts$)[^/]+$' },
      to: {},
    },
    {
      name: 'no-entry-imports',
      comment: 'nothing in src/ imports the library entry',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/index\\.ts$' },
    },
    {
      name: 'pure-core',
      comment: 'shared, engine and render are pure: no file system, processes, threads or network',
      severity: 'error',
      from: { path: '^src/(shared|engine|render)/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|child_process|worker_threads|net|http|https|dgram|tty|readline|cluster)$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
