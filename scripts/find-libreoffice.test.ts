import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureLibreOffice, locateLibreOffice } from './find-libreoffice.mjs';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('finding LibreOffice for the export round trip', () => {
  it('fails, saying what to do, when it is missing and cannot be installed (not root)', () => {
    vi.stubEnv('SOFFICE_PATH', '');
    vi.spyOn(process, 'getuid').mockReturnValue(1000);
    expect(() => ensureLibreOffice(['/nonexistent/soffice'])).toThrow(
      /can only be installed automatically as root on Debian.*SOFFICE_PATH/s,
    );
  });

  it('refuses a SOFFICE_PATH that does not exist rather than looking elsewhere', () => {
    vi.stubEnv('SOFFICE_PATH', '/nonexistent/soffice');
    expect(() => locateLibreOffice()).toThrow('SOFFICE_PATH is set to /nonexistent/soffice, which does not exist.');
  });

  it('takes the first place where soffice exists', () => {
    vi.stubEnv('SOFFICE_PATH', '');
    expect(locateLibreOffice(['/nonexistent/soffice', process.execPath])).toBe(process.execPath);
  });
});
