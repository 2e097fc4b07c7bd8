import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { contentSecurityPolicy } from './electron/security-policy';

/** The built page carries the CSP as a meta tag (the dev server's inline preamble would break it). */
function cspMetaTag() {
  return {
    name: 'kub-csp-meta',
    apply: 'build' as const,
    transformIndexHtml: (html: string) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`),
  };
}

// ESM-only packages are bundled into the main process so it loads with a plain require.
const bundledDeps = ['kysely', 'uuid', 'zod', 'i18next', 'sirv'];

export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: bundledDeps },
      rolldownOptions: {
        input: { index: 'electron/main.ts', web: 'electron/web/cli.ts', 'table-worker': 'electron/core/spreadsheets/table-worker.ts' },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: { input: { index: 'electron/preload.ts' } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMetaTag()],
    build: {
      outDir: 'out/renderer',
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: 'renderer/index.html' },
    },
  },
});
