import { Resvg } from '@resvg/resvg-js';
import { AppError } from '../errors';

/** Rasterises a chart's SVG (as the UI drew it) to PNG for Word, which shows PNG everywhere. */
export function svgToPng(svg: string, title: string, widthPx = 1600): { png: Buffer; width: number; height: number } {
  try {
    const rendered = new Resvg(svg, {
      fitTo: { mode: 'width', value: widthPx },
      background: 'white',
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    }).render();
    return { png: Buffer.from(rendered.asPng()), width: rendered.width, height: rendered.height };
  } catch (error) {
    throw new AppError('VALIDATION', `Diagrammet "${title}" kunde inte ritas som bild.`, undefined, error instanceof Error ? error.message : String(error));
  }
}
