/**
 * The engine worker's heavy half: everything that needs HyperFormula (about 1 MB of code to fetch,
 * parse and run). The worker loads it only for a scenario with formulas, the Workbook tab or an
 * export, so a plain-number scenario's first figures never wait for it (issue 15 item 11; plain
 * numbers never reach the resolver, docs/architecture.md).
 */
export { resolveWithValues } from './formula-resolver';
export { ScenarioWorkbook } from './scenario-workbook';
export { irrStarts } from './evaluate';
export { workbookXlsx } from './xlsx';
export { WorkbookInspector } from './inspect';
