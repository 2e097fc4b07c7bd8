import type { BrowserWindowConstructorOptions } from 'electron';

/** The main window's options: the security baseline lives here so a unit test can assert it. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'KUB Planner',
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
      // A middle click would otherwise open a link in a new window before setWindowOpenHandler sees it.
      disableBlinkFeatures: 'Auxclick',
    },
  };
}
