import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../public/examples/${name}.json`, import.meta.url), 'utf8'));
const expected = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../public/examples/${name}.expected.json`, import.meta.url), 'utf8')) as {
    project: { npv: number };
  };

afterEach(() => {
  vi.doUnmock('./formula-engine');
  vi.resetModules();
});

describe('the worker session loads the formula engine only when it needs it (issue 15 item 11)', () => {
  it('evaluates a plain-number scenario with the formula engine unavailable, and says so for formulas', async () => {
    vi.resetModules();
    vi.doMock('./formula-engine', () => {
      throw new Error('the formula engine was loaded');
    });
    const { ModelSession } = await import('./session');
    const session = new ModelSession();
    const plain = await session.evaluate(example('peru-textile-guaranteed-loan'));
    expect(plain.ok && plain.results.project.npv).toBeCloseTo(expected('peru-textile-guaranteed-loan').project.npv, 2);
    await expect(session.evaluate(example('colombia-green-credit-rebate'))).rejects.toThrow(); // the import failed
    await expect(session.workbook()).rejects.toThrow(); // the import failed
  });

  it('evaluates formulas with it, and an older evaluation that ends later never replaces the newer scenario', async () => {
    const { ModelSession } = await import('./session');
    const session = new ModelSession();
    // The formula file waits for the engine to load; the plain one, sent after it, does not.
    const [withFormulas, plain] = await Promise.all([
      session.evaluate(example('colombia-green-credit-rebate')),
      session.evaluate(example('peru-textile-guaranteed-loan')),
    ]);
    expect(withFormulas.ok && withFormulas.results.project.npv).toBeCloseTo(
      expected('colombia-green-credit-rebate').project.npv,
      2,
    );
    expect(plain.ok).toBe(true);
    const npv = await session.cell({ sheet: 'Summary', row: 1, col: 1 }); // the workbook's project NPV
    expect(npv?.value).toBeCloseTo(expected('peru-textile-guaranteed-loan').project.npv, 2);
    session.close();
  });
});
