/**
 * English messages: the source of truth for keys and for `{name}` placeholders. es.ts and pt.ts
 * must have exactly these keys (a missing or extra key fails type-checking).
 * Vocabulary follows docs/glossary.md.
 */
import { long } from './long';
import { editorEn } from './editor';
import { libraryEn } from './library';
import { offlineEn } from './offline';
import { presentEn } from './present';
import { entryEn } from './entry';
import { shareEn } from './share';
import { teamEn } from './team';
import { shellEn } from './shell';
import { sensitivityEn } from './sensitivity';
import { creditEn } from './credit';
import { bankEn } from './bank';
import { formulasEn } from './formulas';
import { optimiseEn } from './optimise';
import { resultsEn } from './results';
import { workbookEn } from './workbook';
import { verificationEn } from './verification';
import { portfolioEn } from './portfolio';
import { hardeningEn } from './hardening';
import { failureEn } from './failure';
import { langEn } from './lang';
import { phoneEn } from './phone';
export const en = {
  // The app itself
  'app.saved': 'Saved',
  'app.saving': 'Saving…',
  'app.notSaved': 'Not saved',
  'app.undo': 'Undo',
  'app.redo': 'Redo',
  'app.import': 'Import',
  'app.export': 'Export',
  'app.backup': 'Backup',
  'app.formulaBar': 'Formula bar',
  'app.workbook': 'Workbook',
  'app.sheet': 'Sheet',
  'app.cell': 'Cell',
  'app.presentationMode': 'Presentation mode',
  'app.scenario': 'Scenario',
  'app.compare': 'Compare',

  // Cleaner production. Category and resource-kind keys end in the scenario schema's ids.
  'cp.cleanerProduction': 'Cleaner production (CP)',
  'cp.recp': 'Resource-efficient and cleaner production',
  'cp.measure': 'Measure',
  'cp.resource': 'Resource',
  'cp.baseline': 'Baseline',
  'cp.savings': 'Savings',
  'cp.reductionShare': 'Reduction share',
  'cp.emissionFactor': 'Emission factor',
  'cp.macc': 'Marginal abatement cost curve',
  'cp.resourceKind.energy': 'Energy',
  'cp.resourceKind.water': 'Water',
  'cp.resourceKind.material': 'Materials',
  'cp.resourceKind.waste': 'Waste',
  'cp.resourceKind.other': 'Other',
  'cp.category.good-housekeeping': 'Good housekeeping',
  'cp.category.input-material-change': 'Input material change',
  'cp.category.better-process-control': 'Better process control',
  'cp.category.equipment-modification': 'Equipment modification',
  'cp.category.technology-change': 'Technology change',
  'cp.category.on-site-recovery-reuse': 'On-site recovery and reuse',
  'cp.category.useful-by-product': 'Useful by-product',
  'cp.category.product-modification': 'Product modification',

  // Investment appraisal
  'appraisal.npv': 'Net present value (NPV)',
  'appraisal.npvShort': 'NPV',
  'appraisal.irr': 'Internal rate of return (IRR)',
  'appraisal.irrShort': 'IRR',
  'appraisal.simplePayback': 'Simple payback',
  'appraisal.discountedPayback': 'Discounted payback',
  'appraisal.profitabilityIndex': 'Profitability index',
  'appraisal.discountRate': 'Discount rate',
  'appraisal.cashFlow': 'Cash flow',
  'appraisal.cumulativeCashFlow': 'Cumulative cash flow',
  'appraisal.investment': 'Investment',
  'appraisal.omCost': 'Operating and maintenance cost',
  'appraisal.priceEscalation': 'Price escalation',
  'appraisal.horizon': 'Horizon',
  'appraisal.taxRate': 'Tax rate',
  'appraisal.breakEven': 'Break-even',
  'appraisal.sensitivity': 'Sensitivity analysis',
  'appraisal.tornado': 'Tornado chart',
  'appraisal.dataTable': 'Data table',
  'appraisal.goalSeek': 'Goal seek',
  'appraisal.monteCarlo': 'Monte Carlo simulation',
  'appraisal.probabilityOfLoss': 'Probability of loss (NPV < 0)',

  // Credit
  'credit.loan': 'Loan',
  'credit.principal': 'Principal',
  'credit.interest': 'Interest',
  'credit.tenor': 'Tenor',
  'credit.gracePeriod': 'Grace period',
  'credit.annuity': 'Annuity (equal payments)',
  'credit.linear': 'Linear (equal principal)',
  'credit.upfrontFee': 'Upfront fee',
  'credit.outstandingBalance': 'Outstanding balance',
  'credit.partialGuarantee': 'Partial credit guarantee',
  'credit.coverage': 'Coverage',
  'credit.guaranteeFee': 'Guarantee fee',
  'credit.greenCreditLine': 'Green credit line',
  'credit.rebate': 'Rebate on verified results',
  'credit.prepayment': 'Prepayment',
  'credit.debtService': 'Debt service',
  'credit.cfads': 'Cash flow available for debt service',
  'credit.dscr': 'Debt service coverage ratio (DSCR)',
  'credit.savingsHaircut': 'Savings haircut',
  'credit.pd': 'Probability of default (PD)',
  'credit.lgd': 'Loss given default (LGD)',
  'credit.expectedLoss': 'Expected loss',
  'credit.eligibility': 'Eligibility',
  'credit.memo': 'Credit memo',

  // Units
  'unit.years.one': '{n} year',
  'unit.years.other': '{n} years',

  // Typing numbers (hints from parseNumberInput)
  'number.empty': 'Enter a number. An empty cell does not count as zero.',
  'number.emptyPercent': 'Enter a percentage, for example {example}. An empty cell does not count as zero.',
  'number.ambiguous': 'In this number format the decimal mark is “{decimal}”. Did you mean {suggestion}?',
  'number.invalid': 'Not a number. Write numbers like {example}.',
  'number.invalidPercent': 'Not a percentage. Write percentages like {example} or {fraction}.',
  'number.formula': 'A formula (starting with “=”) is not accepted here.',
  'number.tooLarge': 'This number is too large.',

  // The editing grid
  'grid.rowHeader': 'Row',
  'grid.row': 'Row {n}',
  'grid.rowActions': 'Actions for row {n}',
  'grid.insertAbove': 'Insert row above',
  'grid.insertBelow': 'Insert row below',
  'grid.deleteRow': 'Delete row',
  'grid.deleteRows': 'Delete {count} rows',
  'grid.moveUp': 'Move up',
  'grid.moveDown': 'Move down',
  'grid.include': 'Include in the calculation',
  'grid.exclude': 'Exclude from the calculation',
  'grid.excluded': 'Excluded from the calculation',
  'grid.addRow': 'Add row',
  'grid.checked': 'Yes',
  'grid.unchecked': 'No',
  'grid.cellsSelected': '{count} cells selected',
  'grid.help': long(
    'Typing replaces the selected cell; F2 or a double click edits inside it. Enter confirms and moves ',
    'down, Escape cancels, arrow keys move, Shift+F10 opens the row actions.',
  ),
  ...editorEn,
  ...shellEn,
  ...sensitivityEn,
  ...creditEn,
  ...bankEn,
  ...formulasEn,
  ...optimiseEn,
  ...resultsEn,
  ...workbookEn,
  ...verificationEn,
  ...hardeningEn,
  ...failureEn,
  ...offlineEn,
  ...shareEn,
  ...teamEn,
  ...presentEn,
  ...entryEn,
  ...libraryEn,
  ...portfolioEn,
  ...langEn,
  ...phoneEn,
} as const;
