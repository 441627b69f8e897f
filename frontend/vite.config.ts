/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The Spring app serves the built app from its classpath (target/classes/static); in development the
// dev server proxies the API and the STOMP endpoint to the app (HEDGEROW_URL, default localhost:8080).
const app = process.env.HEDGEROW_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks: {
          graph: ['cytoscape'],
          map: ['leaflet'],
          react: ['react', 'react-dom', 'react-router-dom'],
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
    include: ['src/**/*.test.ts'],
  },
});
