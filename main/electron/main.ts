import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { openBackend, type Backend } from '../backend';
import { dbPathIn, resolveDataDir } from '../config/data-dir';
import { AppFailure } from '../errors';
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

function start(): void {
  try {
    backend = openBackend({
      dbPath: dbPathIn(resolveDataDir(process.argv, process.env)),
      assetsDir: path.join(app.getAppPath(), 'assets'),
    });
  } catch (error) {
    const message = error instanceof AppFailure ? error.message : String(error);
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
