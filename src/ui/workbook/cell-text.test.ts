import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import { addressText, cellText, columnWidths, copyText, fullText } from './cell-text';

const es = translator('es');
const en = translator('en');

describe('cellText', () => {
  it('shows amounts with two decimals and small numbers with about four significant digits', () => {
    expect(cellText(488487.14343899186, 'es-CO', es)).toBe('488.487,14');
    expect(cellText(-285000, 'es-CO', es)).toBe('-285.000');
    expect(cellText(0.10201, 'en-US', en)).toBe('0.102');
    expect(cellText(0.00038, 'en-US', en)).toBe('0.00038');
    expect(cellText(7413.000000000001, 'en-US', en)).toBe('7,413');
  });

  it('shows booleans in the user’s language, errors and text as they are, empty as nothing', () => {
    expect(cellText(true, 'es-CO', es)).toBe('VERDADERO');
    expect(cellText(false, 'en-US', en)).toBe('FALSE');
    expect(cellText('#DIV/0!', 'es-CO', es)).toBe('#DIV/0!');
    expect(cellText(null, 'es-CO', es)).toBe('');
  });
});

describe('fullText and copyText', () => {
  it('give the formula bar more digits, and the clipboard what a spreadsheet reads back', () => {
    expect(fullText(488487.14343899186, 'es-CO', es)).toBe('488.487,143439');
    expect(fullText(0.5193170026534143, 'en-US', en)).toBe('0.519317002653');
    expect(copyText(488487.14343899186, 'es-CO')).toBe('488487,14343899186');
    expect(copyText(true, 'es-CO')).toBe('TRUE');
  });
});

describe('addressText', () => {
  it('writes a cell or a range the way a spreadsheet user reads it', () => {
    expect(addressText('CashFlow', 4, 2)).toBe('CashFlow!C5');
    expect(addressText('Prices', 1, 1, { row: 1, col: 4 })).toBe('Prices!B2:E2');
    expect(addressText('Prices', 1, 1, { row: 1, col: 1 })).toBe('Prices!B2');
    expect(addressText("Bob's sheet", 0, 26)).toBe("'Bob''s sheet'!AA1");
  });
});

describe('columnWidths', () => {
  it('fits the longest text of each column, within 5 and 36 characters', () => {
    const widths = columnWidths(
      [
        ['Discounted cumulative', 1, null],
        ['x', -1234567.5, 'A note far longer than any column should ever be allowed to grow'],
      ],
      4,
    );
    expect(widths).toEqual([23, 15, 36, 5]);
  });
});
