import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { YearRow } from '../model/results';
import { csvLine, decimalMark, plainDecimal, tableCsv, yearTableCsv } from './csv';
import { at } from '../model/checked';
import { yearRow } from '../model/test-support/factories';

function row(overrides: Partial<YearRow> = {}): YearRow {
  return yearRow({
    t: 1,
    benefit: 1234567.5,
    projectCashFlow: 1234567.5,
    cumulativeProjectCashFlow: -0.25,
    co2eTonnes: 1e-7,
    equityCashFlow: -98765.4321,
    ...overrides,
  });
}

const HEADER =
  't,capex,benefit,tax,projectCashFlow,cumulativeProjectCashFlow,co2eTonnes,interest,principal,prepayment,' +
  'outstanding,guaranteeFee,rebate,equityCashFlow,debtService,dscr';

describe('yearTableCsv with the currency', () => {
  it('rounds money to the currency decimals (COP none), keeps tonnes and ratios as they are', () => {
    const r = row({ benefit: 156771551.99999997, equityCashFlow: -0.4, co2eTonnes: 1.23456, dscr: 1.2345678 });
    const cop = yearTableCsv([r], { locale: 'es-CO', currency: 'COP' }).split('\r\n')[1];
    expect(cop).toBe('1;0;156771552;0;1234568;0;1,23456;0;0;0;0;0;0;0;0;1,2345678');
    const usd = yearTableCsv([r], { locale: 'en-US', currency: 'USD' }).split('\r\n')[1];
    expect(usd).toBe('1,0,156771552,0,1234567.5,-0.25,1.23456,0,0,0,0,0,0,-0.4,0,1.2345678');
    expect(yearTableCsv([row({ benefit: 10.005 })], { locale: 'en-US', currency: 'BOB' }).split('\r\n')[1]).toContain(
      ',10.01,',
    );
  });
});

describe('yearTableCsv', () => {
  it('writes en-US with commas between fields, a point for decimals, a BOM and CRLF', () => {
    expect(yearTableCsv([row()], { locale: 'en-US' })).toBe(
      `\uFEFF${HEADER}\r\n1,0,1234567.5,0,1234567.5,-0.25,0.0000001,0,0,0,0,0,0,-98765.4321,0,\r\n`,
    );
  });

  it.each(['es-CO', 'pt-BR', 'es-ES', 'de-DE'])(
    'writes %s with semicolons and a decimal comma, no grouping',
    (locale) => {
      expect(yearTableCsv([row()], { locale })).toBe(
        `\uFEFF${HEADER.replace(/,/g, ';')}\r\n1;0;1234567,5;0;1234567,5;-0,25;0,0000001;0;0;0;0;0;0;-98765,4321;0;\r\n`,
      );
    },
  );

  it.each(['es-MX', 'en-GB'])('writes %s like en-US (its decimal mark is a point)', (locale) => {
    expect(yearTableCsv([row()], { locale })).toBe(yearTableCsv([row()], { locale: 'en-US' }));
  });

  it('leaves nulls empty and gives every figure back exactly', () => {
    const years = (
      JSON.parse(
        readFileSync(
          fileURLToPath(new URL('../../public/examples/peru-textile-guaranteed-loan.expected.json', import.meta.url)),
          'utf8',
        ),
      ) as { years: YearRow[] }
    ).years;
    const text = yearTableCsv(years, { locale: 'pt-BR' });
    const [header = '', ...lines] = text.slice(1).trimEnd().split('\r\n');
    const keys = header.split(';');
    expect([...keys].sort()).toEqual(Object.keys(at(years, 0)).sort());
    lines.forEach((line, i) => {
      const back = Object.fromEntries(
        line.split(';').map((f, k) => [keys[k], f === '' ? null : Number(f.replace(',', '.'))]),
      );
      expect(back).toEqual(years[i]);
    });
    expect(lines.some((l) => l.endsWith(';'))).toBe(true); // year 0 has no DSCR
  });
});

describe('csvLine', () => {
  it('quotes fields with the separator, quotes or line breaks (RFC 4180)', () => {
    expect(csvLine(['a', 'b;c', 'say "hi"', 'two\r\nlines', '1,5'], ';')).toBe(
      'a;"b;c";"say ""hi""";"two\r\nlines";1,5',
    );
    expect(csvLine(['1,5', 'x'], ',')).toBe('"1,5",x');
  });
});

describe('number text', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [1e-7, '0.0000001'],
    [-1.5e-10, '-0.00000000015'],
    [1.25e21, '1250000000000000000000'],
    [123.456, '123.456'],
    [0.1 + 0.2, '0.30000000000000004'],
    [2.5e-7, '0.00000025'],
  ])('%d as %s', (n, text) => {
    expect(plainDecimal(n)).toBe(text);
    expect(Number(text)).toBe(n === 0 ? 0 : n);
  });

  it('finds the decimal mark of a locale', () => {
    expect([decimalMark('en-US'), decimalMark('es-CO'), decimalMark('pt-BR'), decimalMark('es-MX')]).toEqual([
      '.',
      ',',
      ',',
      '.',
    ]);
  });
});

describe('text that a spreadsheet would run as a formula', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2 kWh', '@SUM(A1)', '\tTab', '\rReturn'])(
    'is written with a leading apostrophe: %j',
    (name) => {
      const text = tableCsv([[name, 1]], { locale: 'en-US' });
      const field = at(text.slice(1).split(','), 0).replace(/^"|"$/g, '').replace(/""/g, '"');
      expect(field).toBe(`'${name}`);
    },
  );

  it('leaves other text and negative numbers as they are', () => {
    expect(tableCsv([['Caldera', -2, "'quoted"]], { locale: 'en-US' })).toBe("\uFEFFCaldera,-2,'quoted\r\n");
  });
});

describe('yearTableCsv with headers in the user language', () => {
  it('writes the given headers in the column order, a key without one as itself', () => {
    const years = [row()];
    const text = yearTableCsv(years, { locale: 'es-CO', headers: { t: 'Año', capex: 'Inversión', dscr: 'ICSD' } });
    const header = at(text.slice(1).split('\r\n'), 0, 'line').split(';');
    expect(header.slice(0, 3)).toEqual(['Año', 'Inversión', 'benefit']);
    expect(header[header.length - 1]).toBe('ICSD');
    // The figures are those of the file without headers.
    expect(text.split('\r\n')[1]).toBe(yearTableCsv(years, { locale: 'es-CO' }).split('\r\n')[1]);
  });
});
