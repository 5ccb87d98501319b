// ESLint for the project's JavaScript: web/ (browsers, workers), scripts/ and tests/ (Node).
// Formatting is Prettier's (scripts/lint runs both); these rules catch mistakes and enforce the
// project's own habits: no HTML built from strings, no eval, no stray console in the product.
// Run from the repository's root (scripts/lint): the patterns below are relative to it.
import js from '@eslint/js';
import globals from 'globals';

const noHtmlFromStrings = 'Build DOM with element/dom.js helpers and textContent.';

export default [
  { ignores: ['build/**', 'tests/consumers/build/**', '**/node_modules/**', 'tests/fuzz/corpus/**'] },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
      'no-var': 'error',
      // Prettier may break a chain before a computed member ("x\n  [key]"): it owns the layout.
      'no-unexpected-multiline': 'off',
    },
  },
  // The product: the page, the element and the library run in browsers; no console, no HTML strings.
  {
    files: ['web/**/*.js'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: noHtmlFromStrings },
        { property: 'outerHTML', message: noHtmlFromStrings },
        { property: 'insertAdjacentHTML', message: noHtmlFromStrings },
        { object: 'document', property: 'write', message: noHtmlFromStrings },
      ],
    },
  },
  // The library also runs in workers and under Node (it tests `typeof process` before using it).
  {
    files: ['web/lib/**/*.js', 'web/iin-checker.js'],
    languageOptions: { globals: { ...globals.worker, process: 'readonly' } },
  },
  { files: ['web/element/many-worker.js'], languageOptions: { globals: globals.worker } },
  { files: ['web/sw.js'], languageOptions: { globals: globals.serviceworker } },
  // Build scripts run under Node; tests run under Node and hand functions to the browser (page.evaluate).
  { files: ['scripts/**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  { files: ['tests/**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
];
