import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseTsv, serializeTsv } from './tsv';

describe('parseTsv reads what spreadsheets copy', () => {
  test('Excel: CRLF rows and a trailing CRLF', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  test('Google Sheets: LF rows, no trailing line break', () => {
    expect(parseTsv('1.234,5\t12 %\n=A1*2\t')).toEqual([
      ['1.234,5', '12 %'],
      ['=A1*2', ''],
    ]);
  });

  test('quoted cells with tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"line 1\nline 2"\t"a\tb"\t"say ""hi"""\r\n')).toEqual([['line 1\nline 2', 'a\tb', 'say "hi"']]);
  });

  test('a quote inside a cell is an ordinary character', () => {
    expect(parseTsv('5" pipe\tx"y')).toEqual([['5" pipe', 'x"y']]);
    expect(parseTsv('"unclosed\tnext')).toEqual([['"unclosed', 'next']]);
    expect(parseTsv('"a"b\tc')).toEqual([['"a"b', 'c']]);
  });

  test('empty cells and ragged rows', () => {
    expect(parseTsv('\t\n\tx\nlast')).toEqual([['', ''], ['', 'x'], ['last']]);
  });

  test('nothing, and one empty cell', () => {
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('\r\n')).toEqual([['']]);
  });

  test('an empty last row is kept when a line break follows it', () => {
    expect(parseTsv('a\n\n')).toEqual([['a'], ['']]);
  });
});

describe('serializeTsv writes what spreadsheets paste', () => {
  test('tabs, line breaks, a trailing line break', () => {
    expect(
      serializeTsv([
        ['a', 'b'],
        ['', '=SUM(A1:A2)'],
      ]),
    ).toBe('a\tb\n\t=SUM(A1:A2)\n');
  });

  test('quotes cells that need it', () => {
    expect(serializeTsv([['x\ty', 'two\nlines', 'say "hi"', 'plain']])).toBe(
      '"x\ty"\t"two\nlines"\t"say ""hi"""\tplain\n',
    );
  });

  test('one empty cell is still a cell', () => {
    expect(serializeTsv([['']])).toBe('\n');
  });
});

describe('serialize then parse gives the same block', () => {
  test('any rectangular block of any text', () => {
    const block = fc
      .record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 4 }) })
      .chain(({ rows, cols }) =>
        fc.array(
          fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '"', '\t', '\n', '\r', '=', ',', '1') }), {
            minLength: cols,
            maxLength: cols,
          }),
          {
            minLength: rows,
            maxLength: rows,
          },
        ),
      );
    fc.assert(
      fc.property(block, (b) => {
        expect(parseTsv(serializeTsv(b))).toEqual(b);
      }),
      { numRuns: 1000 },
    );
  });
});
