import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative asset paths: the same build loads from file:// in Electron and from the preview server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
  },
});
