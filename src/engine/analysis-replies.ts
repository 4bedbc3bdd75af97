/**
 * Schemas of the sensitivity tools' replies from the workers (STYLE point 3): a mismatched worker
 * shows as an error, never as NaN on screen. Types come from the modules that make the replies.
 */
import type { AnalysisReply, SensitivityOverview } from '../workbook/analysis';
import type { DataTable } from '../model/data-table';
import type { EnergyFigures } from '../model/energy-view';
import type { GoalSeekResult } from '../model/goal-seek';
import type { MonteCarloReply } from '../workbook/montecarlo-job';
import { z } from '../model/zod';

const num = z.number();
const nullable = num.nullable();

const issue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});

/** `{ ok: true, value }` or the issues of the file. */
function reply<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), issues: z.array(issue) })]);
}

const curve = z.object({
  current: num,
  breakEven: nullable,
  max: num,
  points: z.array(z.object({ factor: num, npv: num, equityNpv: nullable, minDscr: nullable })),
});

export const overviewReply = reply(
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
) as unknown as z.ZodType<AnalysisReply<SensitivityOverview>>;

export const energyReply = reply(
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
) as unknown as z.ZodType<AnalysisReply<EnergyFigures>>;

const point = z.object({ npv: num, irr: nullable, equityNpv: nullable, equityIrr: nullable, minDscr: nullable });
const axis = z.object({ input: z.string(), values: z.array(num) });

export const dataTableReply = reply(
  z.object({
    rows: axis,
    columns: axis.nullable(),
    cells: z.array(z.array(point)),
    base: z.object({ row: num, column: nullable, rowIndex: nullable, columnIndex: nullable }),
    baseFigures: point,
  }),
) as unknown as z.ZodType<AnalysisReply<DataTable>>;

const metric = z.enum(['npv', 'equityNpv', 'minDscr']);

export const goalSeekReply = reply(
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), input: z.string(), metric, target: num, value: num, base: num, achieved: num }),
    z.object({ ok: z.literal(false), input: z.string(), metric, target: nullable, base: num, reason: z.enum(['no-metric', 'no-dependence', 'not-reached', 'jump']) }),
  ]),
) as unknown as z.ZodType<AnalysisReply<GoalSeekResult>>;

const stats = z.object({ mean: num, sd: num, p5: num, p10: num, p50: num, p90: num, p95: num });
const output = z.object({
  samples: num,
  stats,
  histogram: z.array(z.object({ x0: num, x1: num, count: num })),
  cumulative: z.array(z.object({ value: num, p: num })),
  drivers: z.array(z.object({ input: z.string(), rho: num, share: num })),
});

export const monteCarloReply = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    elapsedMs: num,
    report: z.object({
      results: z.object({ samples: num, seed: num, projectNpv: stats, equityNpv: stats.nullable(), probNegativeNpv: num }),
      projectNpv: output,
      equityNpv: output.nullable(),
      minDscr: output.nullable(),
      probDscrBelowMin: nullable,
      probNegativeEquityNpv: nullable,
    }),
  }),
  z.object({ ok: z.literal(false), issues: z.array(issue) }),
]) as unknown as z.ZodType<MonteCarloReply>;
