import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSwotSummary } from '../../../electron/core/reports/swot-summary';
import { convertToPdf, convertToPng } from '../../../scripts/docx-preview';
import { fillDemoProject } from '../../../electron/core/demo/seed';
import { callOk, openTestProject } from '../../helpers/db';
import { bodyBlocks, openDocx } from './docx-xml';
import { swotFixture } from './swot-fixture';

/* A second reader besides our own parser: LibreOffice must open the file and
 * lay it out. Where LibreOffice is missing, the docx is still opened and
 * checked, so the test never passes on nothing. */

const hasLibreOffice = spawnSync('which', ['libreoffice']).status === 0;
const hasPdftoppm = spawnSync('which', ['pdftoppm']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'kub-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SWOT summary in another reader', () => {
  it(hasLibreOffice ? 'converts to a non-empty PDF with LibreOffice' : 'opens as a docx (LibreOffice not installed)', { timeout: 120_000 }, async () => {
    const buffer = await renderSwotSummary(swotFixture());
    const docxPath = join(dir, 'swot-summary.docx');
    writeFileSync(docxPath, buffer);

    const blocks = bodyBlocks((await openDocx(buffer)).documentXml);
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', style: 'Title', text: 'SWOT-sammanställning – Falun' });
    // Header, three SWOT boards, needs, strengths and plan.
    expect(blocks.filter((b) => b.kind === 'table')).toHaveLength(7);

    if (hasLibreOffice) {
      const pdfPath = convertToPdf(docxPath, dir);
      expect(statSync(pdfPath).size).toBeGreaterThan(1000);
      expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });
});

describe('the demo project’s lägesrapport for 2012 kvartal 3 in another reader', () => {
  it(
    hasLibreOffice ? 'converts to PDF with LibreOffice, and to PNG pages where pdftoppm is installed' : 'opens as a docx with its charts (LibreOffice not installed)',
    { timeout: 180_000 },
    async () => {
      const project = await openTestProject();
      try {
        await fillDemoProject(project.ctx);
        const file = await callOk(project.dispatch, 'reports.progressReport', { periodId: '01890000-0000-7000-8000-000000000113' });
        const buffer = Buffer.from(file.contentBase64, 'base64');
        const docx = await openDocx(buffer);
        expect(Object.keys(docx.zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toHaveLength(3);
        const docxPath = join(dir, file.fileName);
        writeFileSync(docxPath, buffer);
        if (hasLibreOffice) {
          const pdfPath = convertToPdf(docxPath, dir);
          expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
          if (hasPdftoppm) {
            const pages = convertToPng(pdfPath, dir, 'lagesrapport');
            expect(pages.length).toBeGreaterThanOrEqual(4);
            expect(readFileSync(pages[0]!).subarray(1, 4).toString('latin1')).toBe('PNG');
          }
        }
      } finally {
        await project.cleanup();
      }
    },
  );
});

