import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const electronOnlyIn = 'Only main/electron and preload may import electron: everything else must run in plain Node and Chromium.';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: electronOnlyIn }], patterns: [{ group: ['electron/*'], message: electronOnlyIn }] },
      ],
    },
  },
  // The process boundary: electron stays in the shell and the preload...
  { files: ['main/electron/**', 'preload/**', 'tests/electron/**'], rules: { 'no-restricted-imports': 'off' } },
  // ...the renderer reaches the backend only through the typed client, never by importing main code.
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: electronOnlyIn }],
          patterns: [
            { group: ['**/main/**', '**/main', 'better-sqlite3', 'node:*'], message: 'The renderer talks to the backend only through renderer/src/api/client.ts.' },
          ],
        },
      ],
    },
  },
  // shared/ is imported by every process: it may not depend on any of them.
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: electronOnlyIn }],
          patterns: [{ group: ['**/main/**', '**/renderer/**', '**/preload/**', 'node:*', 'better-sqlite3'], message: 'shared/ is pure: no process-specific imports.' }],
        },
      ],
    },
  },
);
