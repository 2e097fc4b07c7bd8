import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/* The packaged binary's fuses (electron-builder's `electronFuses`): it can
 * never run as plain Node, takes no NODE_OPTIONS or --inspect, and loads only
 * its own, integrity-checked asar. Read from the config the installer is built with. */

const config = readFileSync(join(__dirname, '../../../electron-builder.yml'), 'utf8');
const fuses = Object.fromEntries(
  [...(config.split('electronFuses:')[1] ?? '').matchAll(/^ {2}(\w+): (true|false)$/gm)].map((m) => [m[1], m[2] === 'true']),
);

describe('Electron fuses', () => {
  it('turns off RunAsNode, NODE_OPTIONS and the inspect arguments', () => {
    expect(fuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false });
  });
  it('loads the app only from its asar and validates the asar', () => {
    // The file protocol keeps its privileges: the renderer's module scripts load from file:// (decision, noted in the README).
    expect(fuses).toMatchObject({ onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
  });
});
