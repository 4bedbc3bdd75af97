import { afterEach, beforeEach, vi } from 'vitest';

/** What a command wrote to stdout and stderr during the current test. */
export interface CapturedOutput {
  out: string;
  err: string;
}

/**
 * Captures process.stdout and process.stderr for every test of the file that calls it (at the top
 * level): each test starts with both empty; a test may empty `out` itself between two commands.
 */
export function captureOutput(): CapturedOutput {
  const io: CapturedOutput = { out: '', err: '' };
  beforeEach(() => {
    io.out = '';
    io.err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((io.out += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((io.err += String(s)), true));
  });
  afterEach(() => vi.restoreAllMocks());
  return io;
}
