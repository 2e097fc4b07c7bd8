import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderSwotSummary } from '../electron/core/reports/swot-summary';
import { swotFixture } from '../tests/integration/reports/swot-fixture';

/* Renders the Word reports from fixtures so a person can look at them:
 * docx → PDF (LibreOffice) → PNG pages (pdftoppm), all under .tmp/preview. */

const onPath = (command: string): boolean => spawnSync('which', [command]).status === 0;

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} misslyckades (${result.status}): ${result.stderr || result.stdout}`);
}

/** A throwaway LibreOffice profile, so a running LibreOffice or a parallel conversion cannot block this one. */
export function convertToPdf(docxPath: string, outDir: string): string {
  const office = onPath('libreoffice') ? 'libreoffice' : 'soffice';
  const profile = mkdtempSync(join(tmpdir(), 'kub-lo-'));
  try {
    run(office, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, docxPath.replace(/^.*\//, '').replace(/\.docx$/, '.pdf'));
}

/** PNG pages of a PDF (pdftoppm, from poppler-utils), named <prefix>-1.png, <prefix>-2.png …; returns their paths. */
export function convertToPng(pdfPath: string, outDir: string, prefix: string, dpi = 60): string[] {
  run('pdftoppm', ['-png', '-r', String(dpi), pdfPath, join(outDir, prefix)]);
  return readdirSync(outDir)
    .filter((f) => new RegExp(`^${prefix}-\\d+\\.png$`).test(f))
    .sort()
    .map((f) => join(outDir, f));
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? '.tmp/preview');
  mkdirSync(outDir, { recursive: true });
  const docxPath = join(outDir, 'swot-summary.docx');
  writeFileSync(docxPath, await renderSwotSummary(swotFixture()));
  console.log(`Word:  ${docxPath}`);

  if (!onPath('libreoffice') && !onPath('soffice')) {
    console.log('LibreOffice saknas: ingen PDF eller PNG skapad.');
    return;
  }
  const pdfPath = convertToPdf(docxPath, outDir);
  console.log(`PDF:   ${pdfPath}`);

  if (!onPath('pdftoppm')) {
    console.log('pdftoppm saknas: inga PNG-sidor skapade.');
    return;
  }
  const prefix = join(outDir, 'swot-summary');
  for (const old of readdirSync(outDir).filter((f) => /^swot-summary-\d+\.png$/.test(f))) rmSync(join(outDir, old));
  run('pdftoppm', ['-png', '-r', '60', pdfPath, prefix]);
  for (const page of readdirSync(outDir).filter((f) => /^swot-summary-\d+\.png$/.test(f)).sort()) console.log(`Sida:  ${join(outDir, page)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
