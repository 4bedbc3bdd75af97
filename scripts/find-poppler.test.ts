import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensurePoppler, locatePoppler } from './find-poppler.mjs';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('finding Poppler for the credit-memo print test', () => {
  it('fails, saying what to do, when it is missing and cannot be installed (not root)', () => {
    vi.spyOn(process, 'getuid').mockReturnValue(1000);
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(() => ensurePoppler(['/nonexistent'])).toThrow(
      /can only be installed automatically as root on Debian.*poppler-utils/s,
    );
  });

  it('finds nothing where there is nothing', () => {
    expect(locatePoppler(['/nonexistent'])).toBeUndefined();
  });
});
