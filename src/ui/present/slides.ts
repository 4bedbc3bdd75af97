/** Which slides a presentation of the open scenario has, in order: only those it has something for. */

export type SlideKey = 'figures' | 'ranking' | 'mac' | 'cashflow' | 'package' | 'energy' | 'compare' | 'lender';

export interface DeckFacts {
  /** Measures in the results (enabled or not). */
  measures: number;
  /** The scenario prices at least one resource of kind "energy": the energy-price slider moves something. */
  hasEnergy: boolean;
  /** Scenarios chosen for the comparison (the Compare panel's choice). */
  compared: number;
  hasLoan: boolean;
  /** A best package was found for this scenario and left in the reports (Best package tab). */
  hasPackage?: boolean;
}

/** The slides for these facts; the key figures and the cash flow are always there. */
export function slideKeys(facts: DeckFacts): SlideKey[] {
  const keys: SlideKey[] = ['figures'];
  // One measure has nothing to rank against.
  if (facts.measures > 1) keys.push('ranking');
  keys.push('mac', 'cashflow');
  if (facts.hasPackage) keys.push('package');
  if (facts.hasEnergy) keys.push('energy');
  if (facts.compared >= 2) keys.push('compare');
  if (facts.hasLoan) keys.push('lender');
  return keys;
}

/** The slide a key press leads to: null when the key is not the deck's. */
export function stepFor(key: string, shift: boolean, index: number, count: number): number | null {
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'n':
      return Math.min(index + 1, last);
    case ' ':
      return shift ? Math.max(index - 1, 0) : Math.min(index + 1, last);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'p':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
