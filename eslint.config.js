import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Folders of src/ and what each may not import: STYLE.md's one-way flow, ui -> state -> engine | persistence -> workbook -> model. */
const layers = {
  model: ['workbook', 'persistence', 'engine', 'state', 'ui', 'i18n', 'cli', 'workers'],
  workbook: ['persistence', 'engine', 'state', 'ui', 'i18n', 'cli', 'workers'],
  persistence: ['engine', 'state', 'ui', 'cli', 'workers'],
  engine: ['persistence', 'state', 'ui', 'cli'],
  i18n: ['workbook', 'persistence', 'engine', 'state', 'ui', 'cli', 'workers'],
  state: ['ui', 'cli'],
  // The UI reaches the engine and storage through state; `import type` stays allowed.
  ui: ['engine', 'persistence', 'workbook', 'cli', 'workers'],
  cli: ['persistence', 'engine', 'state', 'ui', 'i18n', 'workers'],
};

const browserOnly = ['svelte', 'idb', 'comlink', 'hyperformula', 'fake-indexeddb'];

/** Matches a relative import that climbs into `folder`: '../engine/x', '../../workers/engine', '../src/ui/x'. */
const into = (folder) => `^(\\.\\./)+(src/)?${folder}(/|$)`;

const zodRule = {
  regex: '^zod(/|$)',
  message: 'Import { z } from src/model/zod.ts: it sets jitless mode, which the Content-Security-Policy needs.',
};

function restrict(patterns) {
  return { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [zodRule, ...patterns] }] };
}

function layerRules(folder, forbidden) {
  const patterns = forbidden.map((target) => ({
    regex: into(target),
    allowTypeImports: true,
    message: `src/${folder} may not import from ${target} (STYLE.md: imports flow one way).`,
  }));
  if (folder === 'model') {
    patterns.push({
      group: [...browserOnly, ...browserOnly.map((name) => `${name}/*`), 'node:*'],
      message: 'src/model is pure TypeScript: no Svelte, storage, worker, spreadsheet, DOM or Node modules.',
    });
  }
  return {
    files: [`src/${folder}/**/*.{ts,svelte}`],
    // Tests and their helpers may read fixtures from disk; zod.ts is the one file allowed to import zod.
    ignores: ['src/**/*.test.ts', 'src/**/test-support/**', 'src/model/zod.ts'],
    rules: restrict(patterns),
  };
}

const unsafeAnyRulesOff = Object.fromEntries(
  ['assignment', 'argument', 'member-access', 'call', 'return'].map((rule) => [
    `@typescript-eslint/no-unsafe-${rule}`,
    'off',
  ]),
);

export default defineConfig(
  {
    ignores: ['dist/', 'dist-*/', 'coverage/', 'test-results/', 'playwright-report/', 'blob-report/', 'public/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'svelte/no-at-html-tags': 'error',
      // The kernel writes `values[i]!` on indexed reads so that it is ready for
      // noUncheckedIndexedAccess, which the workbook and CLI code do not pass yet.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // No line over 140 characters (the Prettier print width is shorter; this catches long strings
      // and comments, which Prettier does not wrap). Only a URL or a regex literal may run longer.
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, svelteConfig } },
  },
  {
    // The lint's TypeScript program sees an imported .svelte component as `any`, so these rules
    // flag every callback prop; svelte-check type-checks the same code with the real types.
    files: ['**/*.svelte'],
    rules: unsafeAnyRulesOff,
  },
  {
    // expect.closeTo(), expect.any() and friends are typed `any` by design.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-argument': 'off' },
  },
  {
    // Plain JS (configs, scripts) is not in any tsconfig: lint it without type information.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/**/*.{ts,svelte}', 'workers/**/*.ts'],
    ignores: ['src/model/zod.ts'],
    rules: restrict([]),
  },
  ...Object.entries(layers).map(([folder, forbidden]) => layerRules(folder, forbidden)),
  {
    files: ['workers/**/*.ts'],
    rules: restrict(
      ['ui', 'state', 'engine', 'persistence', 'i18n', 'cli'].map((target) => ({
        regex: into(target),
        message: 'workers/ import the workbook and model only (STYLE.md).',
      })),
    ),
  },
);
