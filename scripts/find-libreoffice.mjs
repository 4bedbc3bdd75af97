// Finds LibreOffice (soffice) for the Excel-export round-trip test, installing Debian's
// libreoffice-calc when there is none. The test recalculates our .xlsx files in it, so a
// missing LibreOffice must fail the test loudly, never skip it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];

/**
 * Looks for soffice without installing anything: $SOFFICE_PATH, then the usual places.
 * @param {string[]} [candidates] where to look (tests pass their own)
 * @returns {string | undefined}
 */
export function locateLibreOffice(candidates = CANDIDATES) {
  const fromEnv = process.env.SOFFICE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`SOFFICE_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return candidates.find((p) => existsSync(p));
}

/**
 * Like locateLibreOffice, but installs Debian's libreoffice-calc (as root, on Debian) when none is
 * found. Prints what it does; never reads standard input. Throws, saying why, when it cannot.
 * @param {string[]} [candidates] where to look (tests pass their own)
 * @returns {string} the path of soffice
 */
export function ensureLibreOffice(candidates = CANDIDATES) {
  const found = locateLibreOffice(candidates);
  if (found) return found;
  console.log('No LibreOffice found ($SOFFICE_PATH, /usr/bin/soffice, ...): installing libreoffice-calc with apt-get.');
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/etc/debian_version')) {
    throw new Error(
      'LibreOffice is needed to check the Excel export (the round-trip test recalculates the file in it), ' +
        'and it can only be installed automatically as root on Debian. Install it yourself ' +
        '(e.g. `sudo apt-get install --no-install-recommends libreoffice-calc`) or set SOFFICE_PATH.',
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update'], env);
  run(
    'apt-get',
    ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '--no-install-recommends', 'libreoffice-calc'],
    env,
  );
  const installed = locateLibreOffice(candidates);
  if (!installed) throw new Error('Installed libreoffice-calc but still cannot find soffice; set SOFFICE_PATH.');
  return installed;
}

function run(command, args, env) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
}
