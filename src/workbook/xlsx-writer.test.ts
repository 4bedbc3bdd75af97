import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../test/xlsx/read-xlsx';
import { xmlProblem } from '../../test/xlsx/xml-check';
import { fileFormula } from './xlsx-formula';
import { writeXlsx, type XlsxBook } from './xlsx-writer';

function book(overrides: Partial<XlsxBook> = {}): XlsxBook {
  return {
    sheets: [
      {
        name: 'Inputs',
        rows: [
          [
            { value: 'Input', format: 'header' },
            { value: 'Value', format: 'header' },
          ],
          [{ value: 'Rate' }, { value: 0.12, format: 'percent' }],
          [{ value: 'Capex' }, { value: 12500.5, format: 'money' }],
        ],
        widths: [20, 12],
      },
      {
        name: 'Out',
        rows: [
          [
            { value: 13500.56, formula: 'Inputs!B3*(1+Rate)' },
            { value: 'yes', formula: 'IF(Rate>0,"yes","no")' },
          ],
          [
            { value: true, formula: 'Rate>0' },
            { value: { error: '#DIV/0!' }, formula: '1/0' },
            { value: { error: '#CYCLE!' }, formula: 'A2' },
          ],
          [{ value: 1e-7 }, { value: false }, null, { value: '' }],
        ],
        freeze: { rows: 1, cols: 1 },
      },
    ],
    names: [{ name: 'Rate', ref: 'Inputs!$B$2' }],
    ...overrides,
  };
}

describe('the package', () => {
  const bytes = writeXlsx(book());
  const parts = unzipSync(bytes);
  const part = (name: string): string => {
    const found = parts[name];
    if (!found) throw new Error(`the package has no ${name}`);
    return strFromU8(found);
  };

  it('is a zip with the parts an .xlsx needs, [Content_Types].xml first', () => {
    expect(Object.keys(parts)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'docProps/app.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
  });

  it('holds only well-formed XML', () => {
    for (const [name, data] of Object.entries(parts)) expect([name, xmlProblem(strFromU8(data))]).toEqual([name, null]);
  });

  it('declares a content type for every part and a target for every relationship', () => {
    const types = part('[Content_Types].xml');
    for (const name of Object.keys(parts).filter((n) => !n.endsWith('.rels') && n !== '[Content_Types].xml'))
      expect(types).toContain(`PartName="/${name}"`);
    for (const target of part('xl/_rels/workbook.xml.rels').matchAll(/Target="([^"]+)"/g))
      expect(parts[`xl/${target[1]}`]).toBeDefined();
  });

  it('asks Excel to recalculate on opening and says nothing about who wrote it', () => {
    expect(part('xl/workbook.xml')).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
    expect(part('docProps/core.xml')).not.toMatch(/creator|lastModifiedBy|created|modified/);
  });

  it('gives the same bytes for the same workbook', () => {
    expect(writeXlsx(book())).toEqual(bytes);
  });
});

describe('cells', () => {
  const read = readXlsx(writeXlsx(book()));
  const out = read.sheets.get('Out')!;

  it('store numbers, booleans and text, with shared strings for text', () => {
    const inputs = read.sheets.get('Inputs')!;
    expect(inputs.get('B2')).toEqual({ type: 'n', value: 0.12, style: 2 });
    expect(inputs.get('A2')).toEqual({ type: 's', value: 'Rate', style: 0 });
    expect(out.get('A3')).toEqual({ type: 'n', value: 1e-7, style: 0 });
    expect(out.get('B3')).toEqual({ type: 'b', value: false, style: 0 });
    expect(out.has('C3')).toBe(false);
    expect(out.get('D3')).toEqual({ type: 's', value: '', style: 0 });
  });

  it('store formulas with their cached results: numbers, text (str), booleans (b), errors (e)', () => {
    expect(out.get('A1')).toEqual({ type: 'n', value: 13500.56, formula: 'Inputs!B3*(1+Rate)', style: 0 });
    expect(out.get('B1')).toEqual({ type: 'str', value: 'yes', formula: 'IF(Rate>0,"yes","no")', style: 0 });
    expect(out.get('A2')).toEqual({ type: 'b', value: true, formula: 'Rate>0', style: 0 });
    expect(out.get('B2')?.value).toEqual({ error: '#DIV/0!' });
    // An error Excel does not have (HyperFormula's #CYCLE!) is stored as one it has.
    expect(out.get('C2')?.value).toEqual({ error: '#VALUE!' });
    expect(read.text('xl/worksheets/sheet2.xml')).toContain(
      '<c r="B1" t="str"><f>IF(Rate&gt;0,&quot;yes&quot;,&quot;no&quot;)</f><v>yes</v></c>',
    );
  });

  it('keep text that looks like a formula as text, marked with a quote prefix', () => {
    const texts = ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tTab', '\rReturn', "'quoted", 'plain'];
    const r = readXlsx(writeXlsx(book({ sheets: [{ name: 'T', rows: texts.map((t) => [{ value: t }]) }] }))).sheets.get(
      'T',
    )!;
    texts.forEach((t, i) => {
      const cell = r.get(`A${i + 1}`)!;
      expect(cell).toEqual({ type: 's', value: t, style: /^[=+\-@\t\r]/.test(t) ? 4 : 0 });
    });
  });

  it('escape markup, control characters and literal _xHHHH_ so every text comes back as written', () => {
    const texts = [
      'a < b & c > "d"',
      'x_x0041_y',
      'bell\u0007',
      'two\r\nlines',
      ' padded ',
      'ñandú €',
      'lone \uD800 surrogate',
    ];
    const bytes = writeXlsx(
      book({ sheets: [{ name: 'T', rows: texts.map((t) => [{ value: t }, { value: t, formula: 'A1' }]) }] }),
    );
    const r = readXlsx(bytes).sheets.get('T')!;
    texts.forEach((t, i) => {
      const expected = t.replace('\uD800', '\uFFFD');
      expect(r.get(`A${i + 1}`)?.value).toBe(expected);
      expect(r.get(`B${i + 1}`)?.value).toBe(expected);
    });
    for (const data of Object.values(unzipSync(bytes))) expect(xmlProblem(strFromU8(data))).toBeNull();
  });

  it('write non-finite numbers as #NUM!, never as NaN', () => {
    const r = readXlsx(
      writeXlsx(book({ sheets: [{ name: 'T', rows: [[{ value: Infinity }, { value: NaN, formula: '0/0' }]] }] })),
    ).sheets.get('T')!;
    expect(r.get('A1')?.value).toEqual({ error: '#NUM!' });
    expect(r.get('B1')?.value).toEqual({ error: '#NUM!' });
  });
});

describe('the workbook part', () => {
  it('lists the sheets in order and the defined names', () => {
    const read = readXlsx(writeXlsx(book()));
    expect([...read.sheets.keys()]).toEqual(['Inputs', 'Out']);
    expect(Object.fromEntries(read.names)).toEqual({ Rate: 'Inputs!$B$2' });
  });

  it('writes column widths, a frozen pane and bold headers', () => {
    const read = readXlsx(writeXlsx(book()));
    expect(read.text('xl/worksheets/sheet1.xml')).toContain(
      '<cols><col min="1" max="1" width="20" customWidth="1"/><col min="2" max="2" width="12" customWidth="1"/></cols>',
    );
    expect(read.text('xl/worksheets/sheet2.xml')).toContain(
      '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>',
    );
    expect(read.sheets.get('Inputs')!.get('A1')!.style).toBe(1);
    expect(read.text('xl/styles.xml')).toContain('<font><b/>');
  });

  it.each([['Bad/name'], ['x'.repeat(32)], ["'quoted'"], ['']])('refuses the sheet name %j', (name) => {
    expect(() => writeXlsx(book({ sheets: [{ name, rows: [] }] }))).toThrow(/cannot be a sheet name/);
  });

  it('refuses two sheets whose names differ only in case', () => {
    expect(() =>
      writeXlsx(
        book({
          sheets: [
            { name: 'A', rows: [] },
            { name: 'a', rows: [] },
          ],
        }),
      ),
    ).toThrow(/two sheets named/);
  });
});

describe('formulas in file syntax', () => {
  it.each([
    ['=A1+B1', 'A1+B1'],
    ['=IFS(x>1,2,1<2,3)', '_xlfn.IFS(x>1,2,1<2,3)'],
    ['=stdev.s(1,2)+IFNA(NA(),SWITCH(2,1,5,2,7))', '_xlfn.STDEV.S(1,2)+_xlfn.IFNA(NA(),_xlfn.SWITCH(2,1,5,2,7))'],
    ['=IF(a,"IFS(1)",XOR (a,b))', 'IF(a,"IFS(1)",_xlfn.XOR (a,b))'],
    ['=my_ifs(1)+ifs_rate', 'my_ifs(1)+ifs_rate'],
    ['=NPV(DiscountRate,B2:F2)', 'NPV(DiscountRate,B2:F2)'],
    ['=2.5e3*x+.5e-2+1e+2-kw_1e2', '2.5E3*x+.5E-2+1E+2-kw_1e2'],
    ['=IF(a,"1e3",0.000000001*b)', 'IF(a,"1e3",0.000000001*b)'],
  ])('%s -> %s', (input, expected) => {
    expect(fileFormula(input)).toBe(expected);
  });
});
