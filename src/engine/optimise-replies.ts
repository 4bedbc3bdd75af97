/**
 * Schema of the optimise worker's reply (STYLE point 3): a mismatched worker shows as an error,
 * never as NaN on screen. The types come from the modules that make the reply.
 */
import { issueSchema as issue } from '../model/issues';
import type { OptimiseReply } from '../workbook/optimise-job';
import { typed, z } from '../model/zod';

const num = z.number();
const ids = z.array(z.string());

const figures = z.object({
  measures: ids,
  value: num,
  npv: num,
  rebatePv: num,
  rebateRate: num,
  totalCapex: num,
  reductionShares: z.record(z.string(), num),
});

const optimum = z.object({
  format: z.literal('cp-optimum'),
  version: z.literal(1),
  budget: num,
  best: figures.nullable(),
  frontier: z.array(z.object({ budget: num, value: num.nullable(), measures: ids.nullable() })),
  measures: z.array(z.object({ id: z.string(), npv: num, capex: num, inBest: z.boolean() })),
});

const settingsIssue = z.object({
  field: z.enum(['budget', 'require', 'exclude', 'minReduction']),
  code: z.enum(['bad-budget', 'unknown-measure', 'required-and-excluded', 'bad-indicator', 'bad-share']),
  id: z.string().optional(),
  message: z.string(),
});

export const optimiseReply = typed<OptimiseReply>()(
  z.discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      elapsedMs: num,
      answer: z.object({
        optimum,
        frontierFigures: z.array(figures.nullable()),
        withoutRebate: ids.nullable(),
        all: figures,
        enabled: figures,
      }),
    }),
    z.object({ ok: z.literal(false), issues: z.array(issue), settingsIssues: z.array(settingsIssue) }),
  ]),
);
