// ESLint flat config: typescript-eslint's type-checked recommended rules on the source, the
// tests and the build scripts. The stage order is checked by dependency-cruiser
// (.dependency-cruiser.cjs), both run by `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/generated/**', 'test/output/**', 'coverage/**'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['vitest.config.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests parse the CLI's JSON output (typed `any` by JSON.parse) and assert on it.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', performance: 'readonly', structuredClone: 'readonly', TextDecoder: 'readonly', SharedArrayBuffer: 'readonly', Atomics: 'readonly', queueMicrotask: 'readonly', exports: 'writable' },
    },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },
  {
    // A spread passes every item as an argument on the stack: a list as long as a hostile
    // file's problems overflows it (src/shared/append.ts).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement",
        message: 'push(...list) overflows the stack for a long list: use appendAll(target, list) from src/shared/append.ts',
      }],
    },
  },
  {
    // Escapers and sanitisers match control characters on purpose.
    files: ['src/shared/sanitize.ts', 'src/render/*-escape.ts', 'src/shared/csv.ts', '.ci/build.mjs', 'test/**'],
    rules: { 'no-control-regex': 'off' },
  },
);
