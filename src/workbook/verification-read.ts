/**
 * The verification figures as the Verification sheet's formulas compute them, laid over the
 * kernel's block (which alone has the warnings and the financing as verified): what the app
 * shows is what the workbook a user audits computes. Tests hold the two equal.
 */
import type { VerificationResults, VerifiedResource } from '../model/results';
import type { ScenarioWorkbook } from './scenario-workbook';
import type { CellAddress } from './sheet';
import { VERIFICATION_SHEET } from './verification-sheet';

export function workbookVerification(wb: ScenarioWorkbook, kernel: VerificationResults): VerificationResults {
  const L = wb.layout.verification;
  if (!L) return kernel;
  const sheet = VERIFICATION_SHEET;
  const num = (a: CellAddress): number | null => {
    const v = wb.value(a);
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const cell = (row: number, col: keyof typeof L.col) => num({ sheet, row, col: L.col[col] });
  const req = (row: number, col: keyof typeof L.col) => cell(row, col) ?? Number.NaN;
  const regression = kernel.method === 'regression';
  const resources = L.resources.map(({ id, row }, i): VerifiedResource => ({
    id,
    baselineIntensity: cell(row, 'Baseline intensity'),
    reportingIntensity: cell(row, 'Reporting intensity'),
    adjustedBaseline: req(row, 'Adjusted baseline'),
    actual: req(row, 'Actual use'),
    avoided: req(row, 'Avoided'),
    reductionShare: cell(row, 'Reduction share'),
    annualAvoided: req(row, 'Annual avoided'),
    model: regression
      ? {
          intercept: req(row, 'Intercept'),
          slope: req(row, 'Slope'),
          n: kernel.resources[i]?.model?.n ?? Number.NaN,
          r2: cell(row, 'R2'),
          cvRmse: cell(row, 'CV(RMSE)'),
        }
      : null,
  }));
  const r = L.co2eRow;
  const co2e = {
    adjustedBaseline: req(r, 'Adjusted baseline'),
    actual: req(r, 'Actual use'),
    avoided: req(r, 'Avoided'),
    reductionShare: cell(r, 'Reduction share'),
    annualAvoided: req(r, 'Annual avoided'),
  };
  const rebate =
    kernel.rebate && L.rebate
      ? {
          ...kernel.rebate,
          verifiedShare: num(L.rebate.verifiedShare),
          verifiedRate: num(L.rebate.verifiedRate) ?? Number.NaN,
          verifiedAmount: num(L.rebate.verifiedAmount) ?? Number.NaN,
        }
      : kernel.rebate;
  return { ...kernel, resources, co2e, rebate };
}
