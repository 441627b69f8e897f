import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Imports flow one way: lib and components (shared) → features → app (routes compose features). A feature
// never imports another feature: what two features share moves to src/lib or src/components, and a page
// that needs two features is composed under src/app/routes.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const outOfFeature = {
  // A relative path that climbs out of the feature's own folder reaches another feature (or app): use `@/`.
  regex: '^\\.\\./\\.\\./',
  message: 'Import shared code through @/lib or @/components; a feature may not reach into another feature.',
};

const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        {
          regex: `^@/features/(?!${feature}/)`,
          message: `Features do not import each other: compose ${feature} with other features in src/app/routes, or move what they share to src/lib or src/components.`,
        },
        { regex: '^@/app(/|$)', message: 'Features do not import the app; the app imports features.' },
        outOfFeature,
      ],
    }],
  },
}));

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'src/lib/api/schema.d.ts'] }, // generated from openapi.json
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...featureBoundaries,
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(@/features|@/app)(/|$)|^\\.\\./(\\.\\./)?(features|app)(/|$)', message: 'Shared code (lib, components) may not depend on features or the app.' }],
      }],
    },
  },
  {
    files: ['e2e/**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['scripts/**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: globals.node },
  },
);
