/**
 * Schemas of the sensitivity tools' replies from the workers (STYLE point 3): a mismatched worker
 * shows as an error, never as NaN on screen. Types come from the modules that make the replies.
 */
import type { AnalysisReply, SensitivityOverview } from '../workbook/analysis';
import type { DataTable } from '../model/data-table';
import { STRESS_CASES, type DscrStressRow } from '../model/dscr-stress-cases';
import type { EnergyFigures } from '../model/energy-view';
import type { GoalSeekResult } from '../model/goal-seek';
import type { MonteCarloReply } from '../workbook/monte-carlo-job';
import { issueSchema as issue } from '../model/issues';
import { statsSchema as stats } from '../model/results';
import { typed, z } from '../model/zod';

const num = z.number();
const nullable = num.nullable();

/** `{ ok: true, value }` or the issues of the file. */
function reply<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), issues: z.array(issue) }),
  ]);
}

const curve = z.object({
  current: num,
  breakEven: nullable,
  max: num,
  points: z.array(z.object({ factor: num, npv: num, equityNpv: nullable, minDscr: nullable })),
});

export const overviewReply = typed<AnalysisReply<SensitivityOverview>>()(
  reply(
    z.object({
      npv: num,
      equityNpv: nullable,
      breakEvenEnergyPriceFactor: nullable,
      tornado: z.array(z.object({ input: z.string(), npvLow: num, npvHigh: num })),
      equityTornado: z.array(z.object({ input: z.string(), equityNpvLow: num, equityNpvHigh: num })).nullable(),
      energyCurve: curve,
      inputs: z.array(z.object({ path: z.string(), base: num })),
      hasLoan: z.boolean(),
      minDscr: nullable,
    }),
  ),
);

export const energyReply = typed<AnalysisReply<EnergyFigures>>()(
  reply(
    z.object({
      factor: num,
      npv: num,
      irr: nullable,
      simplePaybackYears: nullable,
      discountedPaybackYears: nullable,
      equityNpv: nullable,
      minDscr: nullable,
      dscrBreach: z.boolean(),
    }),
  ),
);

const point = z.object({ npv: num, irr: nullable, equityNpv: nullable, equityIrr: nullable, minDscr: nullable });
const axis = z.object({ input: z.string(), values: z.array(num) });

export const dataTableReply = typed<AnalysisReply<DataTable>>()(
  reply(
    z.object({
      rows: axis,
      columns: axis.nullable(),
      cells: z.array(z.array(point)),
      base: z.object({ row: num, column: nullable, rowIndex: nullable, columnIndex: nullable }),
      baseFigures: point,
    }),
  ),
);

const metric = z.enum(['npv', 'equityNpv', 'minDscr']);

export const goalSeekReply = typed<AnalysisReply<GoalSeekResult>>()(
  reply(
    z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), input: z.string(), metric, target: num, value: num, base: num, achieved: num }),
      z.object({
        ok: z.literal(false),
        input: z.string(),
        metric,
        target: nullable,
        base: num,
        reason: z.enum(['no-metric', 'no-dependence', 'not-reached', 'jump']),
      }),
    ]),
  ),
);

export const dscrStressReply = typed<AnalysisReply<DscrStressRow[]>>()(
  reply(z.array(z.object({ case: z.enum(STRESS_CASES), minDscr: nullable, breach: z.boolean() }))),
);

const output = z.object({
  samples: num,
  stats,
  histogram: z.array(z.object({ x0: num, x1: num, count: num })),
  cumulative: z.array(z.object({ value: num, p: num })),
  drivers: z.array(z.object({ input: z.string(), rho: num, share: num })),
});

export const monteCarloReply = typed<MonteCarloReply>()(
  z.discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      elapsedMs: num,
      report: z.object({
        results: z.object({
          samples: num,
          seed: num,
          projectNpv: stats,
          equityNpv: stats.nullable(),
          probNegativeNpv: num,
        }),
        projectNpv: output,
        equityNpv: output.nullable(),
        minDscr: output.nullable(),
        probDscrBelowMin: nullable,
        probNegativeEquityNpv: nullable,
      }),
    }),
    z.object({ ok: z.literal(false), issues: z.array(issue) }),
  ]),
);
