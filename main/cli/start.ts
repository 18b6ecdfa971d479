import { spawn } from 'node:child_process';
import { findElectronBinary } from './electron-binary';
import { runPreview } from './preview';
import { projectPath } from './project-path';

// `npm start`: the desktop app when the Electron binary is (or can be) installed, otherwise the browser preview.
const args = process.argv.slice(2);
const electron = findElectronBinary();
if ('path' in electron) {
  const child = spawn(electron.path, [projectPath(), ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log("Electron non è disponibile su questo computer (il suo eseguibile non si può scaricare): avvio l'anteprima nel browser.");
  await runPreview(args);
}
