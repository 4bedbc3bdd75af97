import { describe, expect, it } from 'vitest';
import { parseScenario } from '../parse';
import { resolvePlain } from '../resolve-numbers';
import { largeScenario } from './large-scenario';

describe('the large benchmark scenario', () => {
  it('is a valid file of 50 measures over 30 years with a loan', () => {
    const s = largeScenario();
    const parsed = parseScenario(s);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    expect(s.measures).toHaveLength(50);
    expect(s.horizonYears).toBe(30);
    expect(resolvePlain(s).ok).toBe(true);
  });
});
