import { describe, expect, it } from 'vitest';
import { bodyBlocks, decodeXml, parseXml, tableAfterHeading } from './docx-xml';

/* The XML reader the report tests rely on: if it misread, they would prove nothing. */

const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;
const p = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (...paras: string[]) => `<w:tc><w:tcPr/>${paras.join('')}</w:tc>`;

describe('docx XML reader', () => {
  it('decodes entities', () => {
    expect(decodeXml('a &amp; b &lt;c&gt; &quot;d&quot; &#229;&#xE4;')).toBe('a & b <c> "d" åä');
  });

  it('rejects unbalanced or truncated XML', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(/Mismatched/);
    expect(() => parseXml('<a><b/>')).toThrow(/Truncated/);
    expect(() => parseXml('<a>1 < 2</a>')).toThrow(/Unparsable/);
  });

  it('reads paragraphs with styles and tables as rows and cells', () => {
    const xml = doc(
      p('Rubrik', 'Heading2') +
        p('Inledning') +
        `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/></w:tblPr>` +
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc(p('A'))}${tc(p('B &amp; C'))}</w:tr>` +
        `<w:tr>${tc(p('1'), '<w:p><w:r><w:t>x</w:t><w:br/><w:t>y</w:t></w:r></w:p>')}${tc(p('2'))}</w:tr></w:tbl>`,
    );
    const blocks = bodyBlocks(xml);
    expect(blocks.slice(0, 2)).toEqual([
      { kind: 'paragraph', style: 'Heading2', text: 'Rubrik' },
      { kind: 'paragraph', style: null, text: 'Inledning' },
    ]);
    const table = tableAfterHeading(blocks, 'Rubrik');
    expect(table.width).toEqual({ 'w:type': 'pct', 'w:w': '5000' });
    expect(table.rows.map((r) => r.header)).toEqual([true, false]);
    expect(table.rows.map((r) => r.cells.map((c) => c.paragraphs))).toEqual([
      [['A'], ['B & C']],
      [['1', 'x\ny'], ['2']],
    ]);
    expect(() => tableAfterHeading(blocks, 'Saknas')).toThrow(/No heading/);
  });
});
