import { describe, expect, it } from 'vitest';
import { CELL_LIKE } from './cross-checks';

describe('variable names that read as cell references', () => {
  it('refuses A1 and R1C1 references, which spreadsheets would misread', () => {
    for (const name of ['kw1', 'co2', 'AB12', 'r', 'c', 'R2C3', 'r2', 'c7', 'rc'])
      expect(CELL_LIKE.test(name), name).toBe(true);
  });
  it('accepts names with an underscore or no trailing digits', () => {
    for (const name of ['kw_1', 'co2e_', 'hours', 'motor_kw', 'rate', 'cost', 'r_2', 'x'])
      expect(CELL_LIKE.test(name), name).toBe(false);
  });
});
