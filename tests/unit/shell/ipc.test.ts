import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIpcHandler, ipcChannel, trustedUrlCheck, type IpcSender } from '../../../electron/ipc';
import { openTestProject, snapshot, type TestProject } from '../../helpers/db';

const appUrl = 'file:///opt/kub/resources/app.asar/out/renderer/index.html';
const fromApp: IpcSender = { senderFrame: { url: appUrl } };
const validUnit = { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek' };

let p: TestProject;
let handle: ReturnType<typeof createIpcHandler>;

beforeEach(async () => {
  p = await openTestProject();
  handle = createIpcHandler(p.dispatch, trustedUrlCheck(appUrl));
});
afterEach(async () => {
  await p.cleanup();
});

describe('the IPC handler', () => {
  it("listens on the one channel 'kub:call'", () => {
    expect(ipcChannel).toBe('kub:call');
  });

  it("passes a valid call from the app's own page to the dispatcher", async () => {
    const result = await handle(fromApp, 'municipalities.get', { code: '2080' });
    expect(result).toMatchObject({ ok: true, value: { name: 'Falun' } });
    const hashRoute = await handle({ senderFrame: { url: `${appUrl}#/kommuner/2080` } }, 'counties.list', {});
    expect(hashRoute.ok).toBe(true);
  });

  it.each([
    ['a remote page', { senderFrame: { url: 'https://evil.example/' } }],
    ['another local file', { senderFrame: { url: 'file:///tmp/evil.html' } }],
    ['a data: URL', { senderFrame: { url: 'data:text/html,<script>1</script>' } }],
    ['a frame without a URL', { senderFrame: { url: '' } }],
    ['a destroyed frame', { senderFrame: null }],
  ] as [string, IpcSender][])('refuses a call from %s with FORBIDDEN and writes nothing', async (_label, sender) => {
    const before = snapshot(p.sqlite);
    const result = await handle(sender, 'libraryUnits.create', validUnit);
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Åtkomst nekad.' } });
    expect(snapshot(p.sqlite)).toEqual(before);
  });

  it.each([42, null, undefined, { method: 'libraryUnits.create' }, ['libraryUnits.create']])(
    'refuses a method name that is not a string (%o) with UNKNOWN_METHOD',
    async (method) => {
      const before = snapshot(p.sqlite);
      const result = await handle(fromApp, method, validUnit);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD', message: expect.stringMatching(/^Okänd funktion: /) } });
      expect(snapshot(p.sqlite)).toEqual(before);
    },
  );

  it('refuses an unknown method with UNKNOWN_METHOD', async () => {
    expect(await handle(fromApp, 'database.dropEverything', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'Okänd funktion: database.dropEverything.' },
    });
  });

  it('refuses a payload failing the schema with VALIDATION and Swedish field messages, writing nothing', async () => {
    const before = snapshot(p.sqlite);
    const result = await handle(fromApp, 'contacts.create', { municipalityCode: '2080', name: '', email: 'inte-en-epost', phone: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toBe('Uppgifterna är inte giltiga. Rätta de markerade fälten.');
      expect(result.error.fieldErrors).toEqual({
        name: 'Fältet måste fyllas i.',
        email: 'Ange en giltig e-postadress, till exempel namn@kommun.se.',
        phone: 'Ange ett giltigt telefonnummer, till exempel 054-540 00 00.',
      });
    }
    expect(snapshot(p.sqlite)).toEqual(before);
  });

  it('refuses a payload that is not an object with VALIDATION, writing nothing', async () => {
    const before = snapshot(p.sqlite);
    for (const payload of ['x', 7, [validUnit]]) {
      expect(await handle(fromApp, 'libraryUnits.create', payload)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(snapshot(p.sqlite)).toEqual(before);
  });
});

describe('trustedUrlCheck', () => {
  it('trusts only the bundled page when the app is loaded from a file', () => {
    const trusted = trustedUrlCheck(appUrl);
    expect(trusted(appUrl)).toBe(true);
    expect(trusted(`${appUrl}?x=1#/kommuner`)).toBe(true);
    expect(trusted('file:///opt/kub/resources/app.asar/out/renderer/other.html')).toBe(false);
    // The same path on another host (a UNC share) is another file.
    expect(trusted('file://evil-server/opt/kub/resources/app.asar/out/renderer/index.html')).toBe(false);
    expect(trusted('https://opt/kub/resources/app.asar/out/renderer/index.html')).toBe(false);
    expect(trusted('not a url')).toBe(false);
    expect(trusted('')).toBe(false);
  });

  it('trusts only the dev server origin in development', () => {
    const trusted = trustedUrlCheck('http://localhost:5173/');
    expect(trusted('http://localhost:5173/')).toBe(true);
    expect(trusted('http://localhost:5173/kommuner/2080')).toBe(true);
    expect(trusted('http://localhost:5174/')).toBe(false);
    expect(trusted('http://127.0.0.1:5173/')).toBe(false);
    expect(trusted('https://localhost:5173/')).toBe(false);
    expect(trusted('file:///opt/kub/index.html')).toBe(false);
  });
});
