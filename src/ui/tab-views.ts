/**
 * The tabs not shown at start, each loaded when first opened (ui/shell/LazyView.svelte): the page
 * starts with the Scenario tab's code only (issue 15 item 11). Module-level constants, so a
 * loader is the same function on every render.
 */
export const tabViews = {
  results: () => import('./results/ResultsView.svelte'),
  optimise: () => import('./optimise/OptimiseView.svelte'),
  credit: () => import('./credit/CreditView.svelte'),
  sensitivity: () => import('./sensitivity/SensitivityView.svelte'),
  verification: () => import('./verification/VerificationView.svelte'),
  workbook: () => import('./workbook/WorkbookView.svelte'),
  portfolio: () => import('./portfolio/PortfolioView.svelte'),
};
