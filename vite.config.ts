import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { firstScreen } from './vite-first-screen';
import { purgeUnusedCss } from './vite-purge-css';

// Relative asset paths: the same build loads from file:// in Electron and from the preview server.
export default defineConfig({
  root: 'renderer',
  base: './',
  // The first screen's calls start from a small script of their own, before the main bundle has arrived; the
  // Titillium Web weights the pages use are preloaded (the italic and the other families load when used).
  plugins: [react(), firstScreen({ boot: 'src/boot.ts', fonts: /titillium-web-v\d+-latin-ext_latin-(300|regular|600|700)-/ })],
  css: {
    // Only the Bootstrap Italia rules the renderer's markup can use (sass is not among the dependencies, so its
    // sources cannot be compiled to a subset: the built stylesheet is purged instead).
    postcss: { plugins: [purgeUnusedCss({ sourceDir: fileURLToPath(new URL('./renderer', import.meta.url)), only: /bootstrap-italia/ })] },
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
  },
});
