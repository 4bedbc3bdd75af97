/**
 * What the page may ask of the sensitivity tools, checked where it arrives in a worker (STYLE
 * point 3). The scenario file itself is checked by the model's parser.
 */
import { MAX_AXIS_VALUES } from '../model/data-table';
import { z } from '../model/zod';

/** The most Monte Carlo samples a run may ask for. */
export const MAX_SAMPLES = 100_000;

// z.number() refuses NaN and ±Infinity.
const inputPath = z.string().min(1).max(300);
const axis = z.strictObject({ input: inputPath, values: z.array(z.number()).min(1).max(MAX_AXIS_VALUES) });

export const dataTableInput = z.strictObject({ rows: axis, columns: axis.nullable() });

export const goalSeekInput = z.strictObject({
  input: inputPath,
  metric: z.enum(['npv', 'equityNpv', 'minDscr']),
  target: z.number().optional(),
});

/** An absolute energy price factor for the what-if (the scenario allows any, the slider 0 to 20). */
export const energyFactorInput = z.number().min(0).max(1000);

export const monteCarloInput = z.strictObject({
  samples: z.number().int().min(1).max(MAX_SAMPLES),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
});

export type MonteCarloSettings = z.infer<typeof monteCarloInput>;
