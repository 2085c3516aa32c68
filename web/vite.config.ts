import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { routeBudget } from './build/routeBudget';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/;

/**
 * Writes a .br and a .gz beside every text file of the build, which the server sends to browsers that
 * accept them (@fastify/static's preCompressed): compressed once here at the highest levels, rather than
 * on every request or not at all. A cold load of the app moves about a quarter of the bytes.
 */
function precompress(): Plugin {
  return {
    name: 'needle-precompress',
    apply: 'build',
    async writeBundle(options) {
      const dir = options.dir ?? 'dist';
      const files = (await readdir(dir, { recursive: true })).filter((f) => COMPRESSIBLE.test(f));
      await Promise.all(
        files.map(async (file) => {
          const content = await readFile(path.join(dir, file));
          if (content.length < 1024) return;
          const [br, gz] = await Promise.all([
            brotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await writeFile(path.join(dir, `${file}.br`), br);
          await writeFile(path.join(dir, `${file}.gz`), gz);
        }),
      );
    },
  };
}

/** The brand's blue, antd's primary colour: the phone's status bar and the splash screen. */
const themeColour = '#1677ff';

/**
 * An installable app with an offline shell: the service worker (src/sw.ts) precaches every built file
 * and keeps the phone pages' last answers; reports made offline wait in the outbox (src/offline/).
 */
function installableApp() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.ts',
    // A new release takes over by itself, without a prompt and without reloading an open form.
    registerType: 'autoUpdate',
    injectRegister: 'script-defer',
    manifest: {
      id: '/',
      name: '一根针 Needle',
      short_name: '一根针',
      description: '基层治理一网统管：随手拍上报，网格巡查，案件办理',
      lang: 'zh-CN',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: themeColour,
      background_color: '#ffffff',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    injectManifest: {
      // Every page's code, not only the first: any phone page may be the one opened offline. Not the
      // .br/.gz siblings, which the server sends in place of their file. (The plugin adds the manifest
      // and its icons itself.)
      globPatterns: ['**/*.{js,css,html,svg}'],
      // The React with antd chunk is about 1 MB, over Workbox's 2 MiB default with room to grow.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // A classic script: every browser that has service workers runs it.
      rollupFormat: 'iife',
    },
  });
}

// The server serves dist/ with an SPA fallback; in development Vite proxies the API to it.
/**
 * What a first visit to a page loads, printed at each build (NEEDLE_BUDGET_DEBUG=1 lists each page's
 * biggest chunks and modules): the login page and the workbench, every staff member's home, must stay
 * under 400 KB gzipped. Every page is its own chunk (App.tsx), the signed-in frame too, English comes
 * only when chosen, and the workbench's lists (antd's table) only when a queue is opened: about 305 KB
 * for the login page and 320 KB for the workbench. The workbench with a queue open and the map, with
 * Leaflet, are shown for comparison.
 */
// The signed-in frame, and the outbox it starts on every page (lazily, but at once).
const signedIn = ['src/layout/SignedInLayout.tsx', 'src/offline/OutboxSender.tsx'];
const workbench = 'src/workbench/WorkbenchPage.tsx';
const firstLoadBudget = routeBudget([
  { name: 'login', modules: ['src/login/LoginPage.tsx'], budget: 400 * 1024 },
  { name: 'workbench', modules: [...signedIn, workbench], budget: 400 * 1024 },
  { name: 'queue list', modules: [...signedIn, workbench, 'src/workbench/QueueCases.tsx'] },
  { name: 'map', modules: [...signedIn, 'src/map/MapPage.tsx'] },
]);

export default defineConfig({
  plugins: [react(), installableApp(), precompress(), firstLoadBudget],
  // The contract is bundled from its source: no build of it needs to come first.
  resolve: { alias: { '@needle/contract': path.resolve(import.meta.dirname, '../contract/src/index.ts') } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // React with antd is ~820 kB minified (~270 kB gzipped), over Vite's 500 kB default; hand-made vendor
    // chunks to get under it put React in circular chunks that failed at start-up.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
