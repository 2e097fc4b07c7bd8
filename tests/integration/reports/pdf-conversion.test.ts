import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSwotSummary } from '../../../electron/core/reports/swot-summary';
import { convertToPdf } from '../../../scripts/docx-preview';
import { bodyBlocks, openDocx } from './docx-xml';
import { swotFixture } from './swot-fixture';

/* A second reader besides our own parser: LibreOffice must open the file and
 * lay it out. Where LibreOffice is missing, the docx is still opened and
 * checked, so the test never passes on nothing. */

const hasLibreOffice = spawnSync('which', ['libreoffice']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'kub-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SWOT summary in another reader', () => {
  it(hasLibreOffice ? 'converts to a non-empty PDF with LibreOffice' : 'opens as a docx (LibreOffice not installed)', { timeout: 120_000 }, async () => {
    const buffer = await renderSwotSummary(swotFixture());
    const docxPath = join(dir, 'swot-summary.docx');
    writeFileSync(docxPath, buffer);

    const blocks = bodyBlocks((await openDocx(buffer)).documentXml);
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', style: 'Title', text: 'SWOT-sammanställning – Falun' });
    expect(blocks.filter((b) => b.kind === 'table')).toHaveLength(6);

    if (hasLibreOffice) {
      const pdfPath = convertToPdf(docxPath, dir);
      expect(statSync(pdfPath).size).toBeGreaterThan(1000);
      expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });
});
