/** Typed, validated calls to the worker's model API: an open scenario's results (its workbook: workbook.ts). */
import type { EvaluateReply } from '../workbook/session';
import { parseReply, type CallOptions, type EngineClient } from './engine-client';
import { evaluateReply } from './replies';
import { takeEarlyEvaluation } from './start-engine-worker';

/**
 * Validates and evaluates a scenario file as edited; issues name the fields at fault. The first
 * call of a page may find its answer already computed (start-engine-worker.ts: evaluateEarly).
 */
export async function evaluateScenario(
  engine: EngineClient,
  file: unknown,
  delta: number,
  options?: CallOptions,
): Promise<EvaluateReply> {
  return parseReply(
    evaluateReply,
    await engine.run((api) => takeEarlyEvaluation(file, delta) ?? api.evaluateScenario(file, delta), options),
  );
}
