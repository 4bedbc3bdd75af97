/**
 * Test support: recalculates .xlsx files in LibreOffice headless and saves them again as .xlsx,
 * whose cells then hold LibreOffice's own results. One soffice run converts all the files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// A fresh profile told to recalculate every file on load (0 = always; the default asks the user,
// and headless that means "never": LibreOffice would hand back our own cached values).
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens each input in LibreOffice (recalculating it) and writes it as `outDir/<same name>`.
 * Returns the output paths; throws with LibreOffice's output when a file did not come out.
 */
export function recalculateInLibreOffice(soffice: string, inputs: string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'cp-lo-profile-'));
  try {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    mkdirSync(outDir, { recursive: true });
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      outDir,
      ...inputs,
    ];
    const run = spawnSync(soffice, args, { encoding: 'utf8', timeout: 5 * 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
    const outputs = inputs.map((p) => join(outDir, basename(p)));
    const missing = outputs.filter((p) => !existsSync(p));
    if (run.status !== 0 || missing.length > 0) {
      const why = run.error ? run.error.message : `exit ${run.status ?? run.signal}`;
      throw new Error(
        `LibreOffice did not convert ${missing.join(', ') || 'the files'} (${why}):\n${run.stdout}\n${run.stderr}`,
      );
    }
    return outputs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
