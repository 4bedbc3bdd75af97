/** A new, empty scenario: valid as it is, so it can be stored as a scenario's last valid content. */
import type { Scenario } from '../model/schema';

export function blankScenario(name: string, currency = 'USD'): Scenario {
  return {
    format: 'cp-scenario',
    version: 1,
    name,
    currency,
    horizonYears: 10,
    discountRate: 0.1,
    resources: [],
    measures: [],
  };
}
