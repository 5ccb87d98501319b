// ESLint for the project's JavaScript: web/ (browsers, workers), scripts/ and tests/ (Node).
// Formatting is Prettier's (scripts/lint runs both); these rules catch mistakes and enforce the
// project's own habits: no HTML built from strings, no eval, no stray console in the product.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['build/**', '**/node_modules/**', 'tests/fuzz/corpus/**'] },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      eqeqeq: ['error', 'always'],
      'prefer-const': 'error',
      'no-var': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with element.js helpers and textContent.' },
        { property: 'outerHTML', message: 'Build DOM with element.js helpers and textContent.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM with element.js helpers and textContent.' },
        { object: 'document', property: 'write', message: 'Build DOM with element.js helpers.' },
      ],
    },
  },
  {
    files: ['web/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    rules: { 'no-console': 'error' },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'tests/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
