import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { createBackend, type Backend } from './core/backend';
import { AppError } from './core/errors';
import { useBuiltWorkers } from './core/worker-entry';
import { createIpcHandler, ipcChannel, trustedUrlCheck } from './ipc';
import { installMenu } from './menu';
import { hardenContents, hardenSession } from './security';
import { mainWindowOptions } from './window-options';

// The shell: window, menu, lifecycle. All logic lives in ./core and runs without Electron.

let backend: Backend | undefined;
let mainWindow: BrowserWindow | undefined;

function appUrl(): string {
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (!app.isPackaged && devUrl) return devUrl;
  return pathToFileURL(join(__dirname, '../renderer/index.html')).href;
}

/** Damage a backup can repair; a newer or foreign file is the user's to move, not ours to replace. */
const repairable = new Set(['DB_CORRUPT', 'DB_TRUNCATED', 'DB_UNREADABLE']);

function backendOptions() {
  return { dataDir: app.getPath('userData'), mode: 'desktop' as const, appVersion: app.getVersion() };
}

async function openBackend(): Promise<Backend | undefined> {
  const options = backendOptions();
  try {
    return await createBackend(options);
  } catch (error) {
    const message = error instanceof AppError ? error.message : 'KUB Planner kunde inte öppna sin databas.';
    if (!(error instanceof AppError && repairable.has(error.code))) {
      dialog.showErrorBox('KUB Planner', message);
      return undefined;
    }
    const choice = await dialog.showMessageBox({
      type: 'error',
      title: 'KUB Planner',
      message,
      detail: 'Den skadade filen flyttas åt sidan och tas aldrig bort.',
      buttons: ['Återställ senaste säkerhetskopian', 'Avsluta'],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice.response !== 0) return undefined;
    try {
      return await createBackend({ ...options, restoreLatestBackup: true });
    } catch (retryError) {
      dialog.showErrorBox('KUB Planner', retryError instanceof AppError ? retryError.message : 'KUB Planner kunde inte återställa någon säkerhetskopia.');
      return undefined;
    }
  }
}

/**
 * The integrity check runs once the window is up (createBackend). Damage it
 * finds is answered to every call; here the shell also offers, as at a
 * refused open, to put the newest intact backup in place and reload.
 */
async function offerRestoreOnDamage(opened: Backend, window: BrowserWindow): Promise<void> {
  const { integrity } = await opened.background;
  if (!(integrity instanceof AppError) || backend !== opened || window.isDestroyed()) return;
  const choice = await dialog.showMessageBox(window, {
    type: 'error',
    title: 'KUB Planner',
    message: integrity.message,
    detail: 'Den skadade filen flyttas åt sidan och tas aldrig bort.',
    buttons: ['Återställ senaste säkerhetskopian', 'Avbryt'],
    defaultId: 0,
    cancelId: 1,
  });
  if (choice.response !== 0) return;
  backend = undefined;
  await opened.close();
  try {
    const restored = await createBackend({ ...backendOptions(), restoreLatestBackup: true });
    backend = restored;
    window.webContents.reload();
    void offerRestoreOnDamage(restored, window);
  } catch (error) {
    dialog.showErrorBox('KUB Planner', error instanceof AppError ? error.message : 'KUB Planner kunde inte återställa någon säkerhetskopia.');
    app.exit(1);
  }
}

async function start(): Promise<void> {
  useBuiltWorkers(__dirname);
  backend = await openBackend();
  if (!backend) {
    app.exit(1);
    return;
  }
  const opened = backend;

  const url = appUrl();
  // Through the current backend: a restore after damage found in the background replaces it.
  const handler = createIpcHandler(
    (method, payload) => (backend ? backend.dispatch(method, payload) : Promise.resolve(AppError.of('INTERNAL', 'errors.internal').toResult())),
    trustedUrlCheck(url),
  );
  ipcMain.handle(ipcChannel, (event, method: unknown, payload: unknown) => handler(event, method, payload));

  installMenu();
  const window = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.js')));
  mainWindow = window;
  hardenSession(window.webContents.session);
  window.once('ready-to-show', () => window.show());
  // The page's beforeunload says something is unsaved; Electron then only cancels, so the shell asks.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: 'KUB Planner',
      message: 'Du har osparade ändringar',
      detail: 'Om du stänger nu försvinner det du har ändrat men inte sparat.',
      buttons: ['Stanna kvar', 'Stäng ändå'],
      defaultId: 0,
      cancelId: 0,
    });
    if (choice === 1) event.preventDefault();
  });
  void offerRestoreOnDamage(opened, window);
  await window.loadURL(url);
}

// Native date and time inputs follow Chromium's UI language: Swedish gives 2012-03-14 and 24-hour times
// whatever language the laptop's system is set to.
app.commandLine.appendSwitch('lang', 'sv-SE');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void backend?.close({ stopCopy: true });
  });
  void app.whenReady().then(start);
}
