import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../electron/window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/opt/kub/out/preload/index.js');
  const prefs = options.webPreferences ?? {};

  it('isolates the page from Node: contextIsolation and sandbox on, nodeIntegration off everywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and allows no webview, insecure content or drag-and-drop navigation', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('sets no option that would weaken the baseline', () => {
    const weakening = ['experimentalFeatures', 'enableBlinkFeatures', 'additionalArguments', 'disableHtmlFullscreenWindowResize'] as const;
    for (const key of weakening) expect(prefs[key]).toBeUndefined();
  });

  it('uses the given preload script and stays hidden until ready', () => {
    expect(prefs.preload).toBe('/opt/kub/out/preload/index.js');
    expect(options.show).toBe(false);
    expect(options.title).toBe('KUB Planner');
  });
});
