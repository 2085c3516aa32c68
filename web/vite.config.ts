import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves dist/ with an SPA fallback; in development Vite proxies the API to it.
export default defineConfig({
  plugins: [react()],
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
