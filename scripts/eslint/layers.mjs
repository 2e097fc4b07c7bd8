import path from 'node:path';

/**
 * The layering of the code as a lint rule, so that it holds without anyone
 * remembering it (Signal Desktop lints its file-suffix rule the same way):
 *
 * - the renderer never imports from electron/ (it reaches the core through the contract in shared/);
 * - electron/core never imports the shell around it (it runs in tests and in browser mode without Electron);
 * - shared/ imports neither the renderer nor electron/;
 * - a migration imports only Kysely, Node's built-ins and its own folder, so it stays as it was released;
 * - outside a folder of electron/core, only that folder's public modules are imported (the `public`
 *   option, a list per folder; `'*'` for a kit every folder builds on); a folder's handlers
 *   (`handlers.ts`, `*-handlers.ts`) are for api/ alone, which joins them. The root files of
 *   electron/core (context, handler, errors, ids, clock, worker-entry) serve every folder.
 *
 * Paths are resolved from relative specifiers; bare package names are left to `no-restricted-imports`.
 */

const CORE = 'electron/core/';
const MIGRATIONS = 'electron/core/db/migrations/';

/** @param {string} file */
const toPosix = (file) => file.split(path.sep).join('/');

/** `db/migrations/index.ts` and `db/migrations` are the same module: `migrations`. */
function moduleName(rest) {
  return rest.replace(/\.(ts|tsx|mjs|js)$/, '').replace(/\/index$/, '');
}

/** @param {string} moduleInFolder */
const isHandlers = (moduleInFolder) => /^(.*-)?handlers$/.test(moduleInFolder);

/** @type {import('eslint').Rule.RuleModule} */
const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps imports inside the layers of the app (renderer, shared, shell, core folders, migrations)' },
    schema: [
      {
        type: 'object',
        properties: {
          public: {
            type: 'object',
            additionalProperties: { oneOf: [{ const: '*' }, { type: 'array', items: { type: 'string' } }] },
          },
        },
        required: ['public'],
        additionalProperties: false,
      },
    ],
    messages: {
      rendererToElectron: 'The renderer does not import from electron/ ({{target}}): call the core through the contract in shared/.',
      coreToShell: 'electron/core does not import the shell ({{target}}): the shell builds on the core, never the other way.',
      sharedOutward: 'shared/ imports neither the renderer nor electron/ ({{target}}): it is what both build on.',
      migrationImport:
        'A migration imports only kysely, node: built-ins and its own folder ({{target}}): copy what it needs, so it never changes after release.',
      notPublic: '{{target}} is internal to electron/core/{{folder}}; import one of its public modules ({{allowed}}) or declare this one public in eslint.config.mjs.',
      handlersOnlyToApi: "{{target}} is a folder's handlers: only api/ joins them; import the service module it calls instead.",
      undeclaredFolder: 'electron/core/{{folder}} declares no public modules in eslint.config.mjs: add it (an empty list if nothing is public).',
    },
  },
  create(context) {
    const publicModules = context.options[0].public;
    const file = toPosix(path.relative(context.cwd, context.filename));
    const inRenderer = file.startsWith('renderer/');
    const inShared = file.startsWith('shared/');
    const inMigrations = file.startsWith(MIGRATIONS);
    const inElectron = file.startsWith('electron/');
    if (!inRenderer && !inShared && !inElectron) return {};
    const coreParts = file.startsWith(CORE) ? file.slice(CORE.length).split('/') : [];
    const ownFolder = coreParts.length > 1 ? coreParts[0] : null;

    /** @param {import('estree').Node} node @param {string} specifier */
    function check(node, specifier) {
      if (!specifier.startsWith('.')) {
        if (inMigrations && specifier !== 'kysely' && !specifier.startsWith('node:')) {
          context.report({ node, messageId: 'migrationImport', data: { target: specifier } });
        }
        return;
      }
      const target = toPosix(path.normalize(path.join(path.dirname(file), specifier)));
      const report = (messageId, data = {}) => context.report({ node, messageId, data: { target, ...data } });

      if (inRenderer && target.startsWith('electron/')) return report('rendererToElectron');
      if (inShared && (target.startsWith('electron/') || target.startsWith('renderer/'))) return report('sharedOutward');
      if (inMigrations) {
        if (!target.startsWith(MIGRATIONS)) report('migrationImport');
        return;
      }
      if (file.startsWith(CORE) && target.startsWith('electron/') && !target.startsWith(CORE)) return report('coreToShell');
      if (!inElectron || !target.startsWith(CORE)) return;

      const [folder, ...restParts] = target.slice(CORE.length).split('/');
      if (restParts.length === 0) return; // a root file of electron/core
      if (folder === ownFolder) return;
      const name = moduleName(restParts.join('/'));
      if (folder !== 'api' && isHandlers(name)) {
        if (file.startsWith(`${CORE}api/`)) return;
        return report('handlersOnlyToApi');
      }
      const allowed = publicModules[folder];
      if (allowed === undefined) return report('undeclaredFolder', { folder });
      if (allowed === '*' || allowed.includes(name)) return;
      report('notPublic', { folder, allowed: allowed.length > 0 ? allowed.join(', ') : 'none' });
    }

    /** @param {import('estree').Node | null | undefined} source */
    const literal = (source) => (source && source.type === 'Literal' && typeof source.value === 'string' ? source.value : null);
    const visit = (node, source) => {
      const specifier = literal(source);
      if (specifier !== null) check(node, specifier);
    };
    return {
      ImportDeclaration: (node) => visit(node, node.source),
      ExportNamedDeclaration: (node) => visit(node, node.source),
      ExportAllDeclaration: (node) => visit(node, node.source),
      ImportExpression: (node) => visit(node, node.source),
      // `import x = require('../x')` and `typeof import('../x')` in a type.
      TSExternalModuleReference: (node) => visit(node, node.expression),
      TSImportType: (node) => visit(node, node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.source),
    };
  },
};

export default { meta: { name: 'kub-layers' }, rules: { layers } };
