import { build, type BuildOptions } from 'esbuild';
import pkg from '../../package.json' with { type: 'json' };
import { projectPath } from './project-path';

// Bundles the Electron shell and the preload into single CommonJS files: a sandboxed preload
// can require nothing but 'electron', and main loads faster from one file inside the asar.
const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // Runtime dependencies ship in the packaged node_modules (native code, font data files): not bundled.
  external: ['electron', ...Object.keys(pkg.dependencies)],
  logLevel: 'warning',
  // main/worker/start.ts reads import.meta only when running from source (tsx), never in the bundle.
  logOverride: { 'empty-import-meta': 'silent' },
};

await Promise.all([
  build({ ...common, entryPoints: [projectPath('main', 'electron', 'main.ts')], outfile: projectPath('dist', 'electron', 'main.cjs') }),
  build({ ...common, entryPoints: [projectPath('preload', 'index.ts')], outfile: projectPath('dist', 'electron', 'preload.cjs') }),
  // The backend's thread, started by main.cjs beside it.
  build({ ...common, entryPoints: [projectPath('main', 'worker', 'backend-thread.ts')], outfile: projectPath('dist', 'electron', 'backend-thread.cjs') }),
]);
