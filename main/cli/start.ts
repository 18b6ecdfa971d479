import { spawn, spawnSync } from 'node:child_process';
import { runPreview } from './preview';
import { projectPath } from './project-path';

/**
 * `npm start`: the desktop app when the Electron binary is (or can be) installed,
 * otherwise the browser preview on the same backend.
 */
function electronBinary(): string | undefined {
  // Requiring 'electron' downloads its binary on first use; run it aside so its noise doesn't reach the user.
  const probe = spawnSync(process.execPath, ['-p', "require('electron')"], {
    cwd: projectPath(),
    encoding: 'utf8',
    timeout: 300_000,
  });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}

const args = process.argv.slice(2);
const electron = electronBinary();
if (electron) {
  const child = spawn(electron, [projectPath(), ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log("Electron non è disponibile su questo computer (il suo eseguibile non si può scaricare): avvio l'anteprima nel browser.");
  await runPreview(args);
}
