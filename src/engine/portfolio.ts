/** Typed, validated calls for the portfolio: a batch of scenario files to portfolio entries (spec section 7). */
import { issueSchema } from '../model/issues';
import type { PortfolioEntry } from '../model/portfolio';
import { typed, z } from '../model/zod';
import type { EntryResult } from '../workbook/portfolio-entries';
import { EngineError, parseReply, type CallOptions, type EngineClient } from './engine-client';

const num = z.number();
const nullable = num.nullable();

export const portfolioEntrySchema = typed<PortfolioEntry>()(
  z.object({
    row: z.object({
      name: z.string(),
      reference: z.string().nullable(),
      stage: z.enum(['appraisal', 'approved', 'disbursed', 'verified', 'closed', 'declined']).nullable(),
      currency: z.string(),
      totalCapex: num,
      npv: num,
      irr: nullable,
      principal: num,
      guaranteed: num,
      expectedLoss: nullable,
      lenderExpectedLoss: nullable,
      guarantorExpectedLoss: nullable,
      minDscr: nullable,
      eligible: z.boolean().nullable(),
      annualCo2eTonnes: num,
      verifiedAnnualCo2eTonnes: nullable,
      projectedRebate: nullable,
      verifiedRebate: nullable,
    }),
    lifetimeCo2eTonnes: num,
    resources: z.array(z.object({ kind: z.string(), unit: z.string(), annualSaved: num, verifiedAnnualSaved: num })),
  }),
);

export const entryResultSchema = typed<EntryResult>()(
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), entry: portfolioEntrySchema, dscrBreach: z.boolean().nullable() }),
    z.object({ ok: z.literal(false), issues: z.array(issueSchema) }),
  ]),
);

const replies = z.array(entryResultSchema);

/** The entries of a batch of files, one per file in order. */
export async function portfolioEntries(
  engine: EngineClient,
  files: unknown[],
  options?: CallOptions,
): Promise<EntryResult[]> {
  const reply = parseReply(replies, await engine.run((api) => api.portfolioEntries(files), options));
  if (reply.length !== files.length)
    throw new EngineError('invalid-reply', `The engine answered ${reply.length} of ${files.length} scenarios.`);
  return reply;
}
