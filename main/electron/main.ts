import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import type { Backend } from '../backend';
import { dbPathIn, resolveDataDir } from '../config/data-dir';
import { AppFailure } from '../errors';
import { startBackendWorker } from '../worker/start';
import { registerIpc } from './ipc';
import { openInSystemViewer } from './open-file';
import { hardenApp } from './security';

// The thin Electron shell: one window on the built renderer, IPC into the same backend the preview uses.
const RENDERER_INDEX = path.join(__dirname, '..', 'renderer', 'index.html');
const RENDERER_URL = pathToFileURL(RENDERER_INDEX).href;

let mainWindow: BrowserWindow | undefined;
let backend: Backend | undefined;

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Conferenza dei Sindaci – Ufficio di Piano',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadFile(RENDERER_INDEX);
}

/** Where a copy of the archive goes, or which copy to restore: asked by the backend's thread, shown on this one. */
const dialogs = {
  chooseBackupFolder: async () => {
    const r = await dialog.showOpenDialog(mainWindow!, { title: "Cartella in cui salvare la copia dell'archivio", properties: ['openDirectory', 'createDirectory'] });
    return r.canceled ? undefined : r.filePaths[0];
  },
  chooseCopyFile: async () => {
    const r = await dialog.showOpenDialog(mainWindow!, {
      title: "Copia dell'archivio da ripristinare",
      properties: ['openFile'],
      filters: [{ name: "Copia dell'archivio", extensions: ['sqlite'] }],
    });
    return r.canceled ? undefined : r.filePaths[0];
  },
};

async function start(): Promise<void> {
  try {
    // The backend runs in its own thread: no call (PDF, a large import, a backup) freezes the window.
    backend = await startBackendWorker({
      dbPath: dbPathIn(resolveDataDir(process.argv, process.env)),
      assetsDir: path.join(app.getAppPath(), 'assets'),
      dialogs,
    });
  } catch (error) {
    const message = error instanceof AppFailure ? error.message : "L'archivio non si è potuto aprire per un errore imprevisto: riavviare l'applicazione.";
    dialog.showErrorBox("Impossibile aprire l'archivio", message);
    app.exit(1);
    return;
  }
  registerIpc(ipcMain, backend, RENDERER_URL, openInSystemViewer(backend));
  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  hardenApp();
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => backend?.close());
  void app.whenReady().then(start);
}
