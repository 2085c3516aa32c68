import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

// The server serves dist/ with an SPA fallback; in development Vite proxies the API to it.
export default defineConfig({
  plugins: [react(), precompress()],
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
