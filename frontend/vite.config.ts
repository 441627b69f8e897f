/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The Spring app serves the built app from its classpath (target/classes/static); in development the
// dev server proxies the API and the STOMP endpoint to the app (HEDGEROW_URL, default localhost:8080).
const app = process.env.HEDGEROW_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  // `@/lib/api-client` instead of `../../../lib/api-client` (tsconfig.json's paths say the same to TypeScript).
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks: {
          graph: ['cytoscape'],
          map: ['leaflet'],
          react: ['react', 'react-dom', 'react-router-dom', '@tanstack/react-query'],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: app, changeOrigin: false },
      '/config.json': { target: app },
      '/ws': { target: app.replace(/^http/, 'ws'), ws: true },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
