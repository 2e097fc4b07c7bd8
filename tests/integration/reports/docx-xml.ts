import JSZip from 'jszip';

/* Just enough of WordprocessingML to assert on structure: a tiny XML tree
 * parser (the docx writer emits plain, well-formed XML without DTDs) and a
 * reading of the body as paragraphs and tables → rows → cells → text. */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return entities[ref] ?? whole;
  });
}

const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const attribute = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let consumed = 0;
  for (const m of xml.matchAll(token)) {
    if (m.index !== consumed) throw new Error(`Unparsable XML at ${consumed}: ${xml.slice(consumed, consumed + 40)}`);
    consumed = m.index + m[0].length;
    const parent = stack[stack.length - 1]!;
    const [, cdata, closing, name, attrText, selfClosing, text] = m;
    if (text !== undefined) parent.children.push(decodeXml(text));
    else if (cdata !== undefined) parent.children.push(cdata);
    else if (name === undefined) continue;
    else if (closing) {
      if (parent.name !== name) throw new Error(`Mismatched </${name}>, open is <${parent.name}>`);
      stack.pop();
    } else {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(attribute)) attrs[a[1]!] = decodeXml(a[2] ?? a[3] ?? '');
      const el: XmlElement = { name, attrs, children: [] };
      parent.children.push(el);
      if (!selfClosing) stack.push(el);
    }
  }
  if (consumed !== xml.length || stack.length !== 1) throw new Error('Truncated XML');
  return root;
}

export const elements = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));

export const child = (el: XmlElement, name: string): XmlElement | undefined => elements(el, name)[0];

/** All descendants named `name`, in document order, not descending into matches. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  return elements(el).flatMap((c) => (c.name === name ? [c] : descendants(c, name)));
}

/** Visible text of a paragraph or run: w:t contents, tabs as \t, line breaks as \n. */
export function textOf(el: XmlElement): string {
  return elements(el)
    .map((c) => {
      if (c.name === 'w:t') return c.children.filter((t) => typeof t === 'string').join('');
      if (c.name === 'w:tab' && el.name === 'w:r') return '\t';
      if (c.name === 'w:br' || c.name === 'w:cr') return '\n';
      if (c.name === 'w:instrText' || c.name === 'w:pPr' || c.name === 'w:rPr') return '';
      return textOf(c);
    })
    .join('');
}

export interface DocxParagraph {
  kind: 'paragraph';
  style: string | null;
  text: string;
}
export interface DocxCell {
  paragraphs: string[];
  text: string;
}
export interface DocxRow {
  header: boolean;
  cells: DocxCell[];
}
export interface DocxTable {
  kind: 'table';
  rows: DocxRow[];
  width: Record<string, string> | null;
}
export type DocxBlock = DocxParagraph | DocxTable;

function paragraph(p: XmlElement): DocxParagraph {
  const style = child(child(p, 'w:pPr') ?? p, 'w:pStyle')?.attrs['w:val'] ?? null;
  return { kind: 'paragraph', style, text: textOf(p) };
}

function table(tbl: XmlElement): DocxTable {
  const rows = elements(tbl, 'w:tr').map((tr) => ({
    header: child(child(tr, 'w:trPr') ?? tr, 'w:tblHeader') !== undefined,
    cells: elements(tr, 'w:tc').map((tc) => {
      const paragraphs = elements(tc, 'w:p').map(textOf);
      return { paragraphs, text: paragraphs.join('\n') };
    }),
  }));
  const width = child(child(tbl, 'w:tblPr') ?? tbl, 'w:tblW')?.attrs ?? null;
  return { kind: 'table', rows, width };
}

/** The top-level blocks of word/document.xml in order. */
export function bodyBlocks(documentXml: string): DocxBlock[] {
  const body = descendants(parseXml(documentXml), 'w:body')[0];
  if (!body) throw new Error('No w:body in document.xml');
  return elements(body).flatMap((el): DocxBlock[] => (el.name === 'w:p' ? [paragraph(el)] : el.name === 'w:tbl' ? [table(el)] : []));
}

const isHeading = (b: DocxBlock | undefined): boolean => b?.kind === 'paragraph' && (b.style?.startsWith('Heading') || b.style === 'Title');

/** The table under the heading with this exact text (searching from `from`): plain paragraphs may come between, headings may not. */
export function tableAfterHeading(blocks: DocxBlock[], headingText: string, from = 0): DocxTable {
  const at = blocks.findIndex((b, i) => i >= from && isHeading(b) && b.kind === 'paragraph' && b.text === headingText);
  if (at < 0) throw new Error(`No heading "${headingText}"`);
  for (const next of blocks.slice(at + 1)) {
    if (next.kind === 'table') return next;
    if (isHeading(next)) break;
  }
  throw new Error(`No table under heading "${headingText}"`);
}

export interface DocxParts {
  zip: JSZip;
  documentXml: string;
  part(path: string): Promise<string>;
}

export async function openDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const part = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`No ${path} in the docx`);
    return file.async('string');
  };
  return { zip, documentXml: await part('word/document.xml'), part };
}

export function countOccurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}
