/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { staticHostFiles } from './src/compiler/static-host-plugin.ts';
import { sitrepContent } from './src/compiler/vite-plugin.ts';

// BASE_PATH serves the app from a sub-path (`BASE_PATH=/sitrep/ npm run build`).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [react(), sitrepContent(), staticHostFiles()],
  // public/content holds the sources the compiler reads, not files to publish as they are.
  publicDir: false,
  build: {
    rolldownOptions: {
      output: {
        // Name the shared chunks after what they hold; recharts stays out of the first load, since
        // only the lazily loaded chart modules import it.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](?:react|react-dom|react-router|scheduler|@tanstack)[\\/]/, priority: 2 },
            { name: 'recharts', test: /[\\/]node_modules[\\/](?:recharts|d3-[\w-]+|victory-vendor|@reduxjs|react-redux|redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  preview: { port: 4173 },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Some tests compile posts or build whole collections; a busy machine makes them slow, not wrong.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
