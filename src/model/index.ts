/** The model's public API: pure TypeScript, no DOM, Svelte, idb or comlink. */
export type * from './resolved';
export type * from './results';
export { evaluate, type Evaluation } from './kernel';
export { assertEvaluable } from './invariants';
export { projectNpv, equityNpv } from './compiled';
export {
  npv,
  irr,
  simplePayback,
  discountedPayback,
  profitabilityIndex,
  marginalAbatementCost,
  IRR_MIN,
  IRR_MAX,
  type IrrResult,
} from './metrics';
export { annuityPayment, loanSchedule, expectedLoss, type LoanSchedule, type LoanTerms } from './loan';
export { reductionShares } from './flows';
export { breakEvenEnergyPriceFactor, tornado, tornadoInputs, sensitivity } from './sensitivity';
export {
  createMonteCarlo,
  monteCarlo,
  monteCarloDetail,
  type MonteCarloDetail,
  type MonteCarloOptions,
  type MonteCarloRun,
} from './montecarlo';
export { createSampler, createRng, normalQuantile } from './distributions';
export { summarize, percentileSorted } from './stats';
