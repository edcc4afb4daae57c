/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const API = process.env.API_URL ?? 'http://127.0.0.1:3000';

/**
 * Writes .br and .gz beside each text bundle once at build time; the API's static server sends
 * them to browsers that accept them (a phone on a slow network downloads a quarter of the bytes,
 * and the server spends no CPU compressing per request).
 */
function precompress(): Plugin {
  return {
    name: 'skill-ladder-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|svg|json)$/.test(file)) continue;
        const path = join(options.dir as string, file);
        const data = readFileSync(path);
        if (data.length < 1024) continue;
        writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
        writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  // The ladder's vocabulary (ranks, their order and labels) is the API's own, not a copy: the lib
  // depends on nothing, so the browser bundle takes it as it is.
  resolve: { alias: { '@skill-ladder/vocabulary': fileURLToPath(new URL('../../libs/vocabulary/src/index.ts', import.meta.url)) } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Each screen is its own chunk (React.lazy); the libraries every screen needs load once.
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/react-dom') || id.includes('node_modules/react/') || id.includes('node_modules/scheduler')) return 'react';
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: API, changeOrigin: false } },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // One jsdom and one module cache per worker instead of per file: the files are pure functions
    // and one rendered component (cleaned up after each test in setup.ts), and importing antd and
    // React again for each of fifteen files took 20–55 s of a run that now takes 4.
    isolate: false,
  },
});
