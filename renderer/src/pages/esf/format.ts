/* Money on the ESF pages: the API gives öre, people read and type kronor with a Swedish decimal comma. */
const kronor = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** 123456789 öre → "1 234 567,89 kr". */
export function formatKronor(ore: number): string {
  return `${kronor.format(ore / 100)}\u00a0kr`;
}

/** Öre as the text of an amount field, "12 500,50"; an ASCII minus so the server's parser reads it back. */
export function kronorInputValue(ore: number): string {
  return kronor.format(ore / 100).replace('\u2212', '-');
}

/** Hours, percentages: "2,5". */
export function formatDecimal(n: number): string {
  return decimal.format(n);
}

/** "38,46" or "38.46" → 38.46; anything else → null, so the form can say what is wrong. */
export function parseDecimal(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** The month a period ends in, "2012-03", the default for the SCB report. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** A share in percent, "47,5 %"; null (nothing to divide by) → null, so the caller says why there is no figure. */
export function formatPercent(n: number | null): string | null {
  return n === null ? null : `${decimal.format(n)}\u00a0%`;
}

/** Kronor as typed in a form ("4 500 000", "12 500,50") → öre; null when it is not an amount with at most two decimals. */
export function parseKronorToOre(text: string): number | null {
  const kronor = parseDecimal(text.replace(/kr$/i, ''));
  if (kronor === null || Math.abs(kronor * 100 - Math.round(kronor * 100)) > 1e-6) return null;
  return Math.round(kronor * 100);
}
