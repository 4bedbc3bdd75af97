/**
 * A scenario file as JSON, before (or without) validation: what the editor holds and what the
 * credit terms and presets read. Pure, so the model's domain rules can work on a draft's file.
 */
import type { PathSegment } from './issues';

export type FileJson = Record<string, unknown>;

/** The value at `path`, or undefined. */
export function getAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}
