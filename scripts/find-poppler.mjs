// Finds Poppler's pdftoppm and pdftotext for the credit-memo print test, installing Debian's
// poppler-utils when they are missing. The test turns the printed PDF into pictures and text to
// check the pages, so a missing Poppler must fail it loudly, never skip it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DIRS = ['/usr/bin', '/usr/local/bin'];

/**
 * Looks for pdftoppm and pdftotext (side by side) without installing anything.
 * @param {string[]} [dirs] where to look (tests pass their own)
 * @returns {{ pdftoppm: string, pdftotext: string } | undefined}
 */
export function locatePoppler(dirs = DIRS) {
  const dir = dirs.find((d) => existsSync(`${d}/pdftoppm`) && existsSync(`${d}/pdftotext`));
  return dir && { pdftoppm: `${dir}/pdftoppm`, pdftotext: `${dir}/pdftotext` };
}

/**
 * Like locatePoppler, but installs Debian's poppler-utils (as root, on Debian) when they are not
 * found. Prints what it does; never reads standard input. Throws, saying why, when it cannot.
 * @param {string[]} [dirs] where to look (tests pass their own)
 * @returns {{ pdftoppm: string, pdftotext: string }}
 */
export function ensurePoppler(dirs = DIRS) {
  const found = locatePoppler(dirs);
  if (found) return found;
  console.log(`No pdftoppm/pdftotext found in ${dirs.join(', ')}: installing poppler-utils with apt-get.`);
  if (process.getuid?.() !== 0 || !existsSync('/etc/debian_version')) {
    throw new Error(
      'Poppler (pdftoppm, pdftotext) is needed to check the printed credit memo, and it can only be ' +
        'installed automatically as root on Debian. Install it yourself ' +
        '(e.g. `sudo apt-get install --no-install-recommends poppler-utils`).',
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update'], env);
  run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '--no-install-recommends', 'poppler-utils'], env);
  const installed = locatePoppler(dirs);
  if (!installed)
    throw new Error(`Installed poppler-utils but still cannot find pdftoppm and pdftotext in ${dirs.join(', ')}.`);
  return installed;
}

function run(command, args, env) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
}
