import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import kubLayers from './scripts/eslint/layers.mjs';

// The public modules of each folder of electron/core: what the other folders (and the shell) may import.
// Everything else is the folder's own, and a folder's handlers are api/'s alone (scripts/eslint/layers.mjs).
// A list here rather than an index.ts per folder: no barrel that loads a whole folder (exceljs and docx
// load on first use), no import line rewritten, and one place shows every folder's surface.
const corePublic = {
  activities: [],
  api: ['all-handlers', 'dispatcher'],
  attendance: [],
  backup: ['backups', 'lock', 'recover'],
  db: [
    'schema', 'statements', 'json', 'list-search', 'soft-delete', 'read-memo', 'derived-tables',
    'open', 'migrations', 'file-check', 'quick-check', 'db-thread', 'snapshot', 'reference-data',
  ],
  // theory: the förändringsteori the reports draw.
  'change-theory': ['theory'],
  // esf-plus: the second demo (`--demo esf-plus`), beside the KUB one.
  demo: ['seed', 'esf-plus'],
  // counts: the EU indicators the kvartalsrapport counts.
  'eu-indicators': ['counts'],
  // spread: the slutrapport's count of trainings spread; templates: the demo's process steps; processes: the Tidsplan's step marks;
  // erase: a participant's erasure clears their follow-ups' texts.
  'follow-up': ['spread', 'templates', 'processes'],
  // staff-time, unit-cost: a staff member's year and its cost per month, for the tidrapport in Word; outcome: the kvartalsrapport's money.
  'esf-plus': ['staff-time', 'unit-cost', 'outcome'],
  esf: ['settings', 'costs', 'financing', 'cofinancing', 'budget-outcome', 'indicators', 'period-texts', 'project-texts'],
  municipalities: ['guards', 'queries'],
  // import-people: the person columns, cells and stored-participant lookup the attendance import shares.
  participants: ['participants', 'import-people'],
  plans: ['plans', 'links'],
  project: ['view-date'],
  reports: [],
  // months: months in words and the months of a period; readiness-items: the unsigned months readiness lists.
  signatures: ['months', 'readiness-items'],
  // The kit every import builds on (reading and writing tables, the import pipeline): all of it is public.
  spreadsheets: '*',
  // What the demo and the reports build surveys from and read results through; the import and the answer rules stay inside.
  surveys: ['questionnaires', 'rounds', 'responses', 'results'],
  swot: ['areas', 'days', 'notes', 'mapping'],
  sync: ['bulk-capture', 'validate-change'],
  system: [],
  tours: ['tours'],
  visits: ['visits', 'settings', 'date-warnings', 'holidays', 'swot-link'],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'data/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/components/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The core and shared code run in tests and in the browser: Electron stays in the shell.
    files: ['electron/core/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Electron belongs in the shell (electron/*.ts) only.' }] }] },
  },
  {
    // Renderer ↛ electron/, shared/ ↛ either, migrations → kysely and their own folder, core folders → public modules.
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { kub: kubLayers },
    rules: { 'kub/layers': ['error', { public: corePublic }] },
  },
  {
    files: ['tests/bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
