import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixedClock } from '../electron/core/clock';
import { openDatabase } from '../electron/core/db/open';
import { fillDemoProject } from '../electron/core/demo/seed';
import { buildProgressReportDocx } from '../electron/core/reports/progress-report';
import { progressReportData } from '../electron/core/reports/progress-report-data';
import { convertToPdf } from './docx-preview';

/* Renders the demo project's lägesrapport for 2012 kvartal 3 so a person can
 * look at it: docx → PDF → PNG pages under /tmp/progress-report (or argv[2]). */

const q3 = '01890000-0000-7000-8000-000000000113';

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? '/tmp/progress-report');
  mkdirSync(outDir, { recursive: true });
  const dbDir = mkdtempSync(join(tmpdir(), 'kub-preview-'));
  const clock = fixedClock('2012-10-15T08:00:00.000Z');
  const opened = await openDatabase(join(dbDir, 'kub.sqlite'), { clock });
  try {
    const ctx = { db: opened.db, clock, statements: opened.statements };
    await fillDemoProject(ctx);
    const started = performance.now();
    const data = await progressReportData(ctx, q3);
    const buffer = await buildProgressReportDocx(data);
    console.log(`Genererad på ${Math.round(performance.now() - started)} ms (${data.activities.length} aktiviteter, ${Math.round(buffer.length / 1024)} kB)`);
    const docxPath = join(outDir, 'lagesrapport.docx');
    writeFileSync(docxPath, buffer);
    console.log(`Word:  ${docxPath}`);
    const pdfPath = convertToPdf(docxPath, outDir);
    console.log(`PDF:   ${pdfPath}`);
    for (const old of readdirSync(outDir).filter((f) => f.endsWith('.png'))) rmSync(join(outDir, old));
    spawnSync('pdftoppm', ['-png', '-r', '50', pdfPath, join(outDir, 'sida')]);
    for (const page of readdirSync(outDir).filter((f) => f.endsWith('.png')).sort()) console.log(`Sida:  ${join(outDir, page)}`);
  } finally {
    await opened.close();
    rmSync(dbDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
