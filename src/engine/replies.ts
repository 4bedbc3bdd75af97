/**
 * Schemas of the engine worker's replies: what crosses from the worker is parsed like any other
 * input (STYLE point 3), so a broken or mismatched worker shows as an error, never as NaN. The
 * results and issue schemas are the model's own (src/model/results.ts, issues.ts), so every
 * figure the model adds survives the trip.
 */
import type { EvaluateReply } from '../workbook/session';
import { issueSchema } from '../model/issues';
import { resultsSchema } from '../model/results';
import { typed, z } from '../model/zod';

export { resultsSchema };

export const evaluateReply = typed<EvaluateReply>()(
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), results: resultsSchema, formulaValues: z.record(z.string(), z.number()) }),
    z.object({ ok: z.literal(false), issues: z.array(issueSchema) }),
  ]),
);
