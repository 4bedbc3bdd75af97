/** Entry point of the bundled optimiser: runs optimiseMain, turns any unexpected failure into one line. */
import { optimiseMain } from './optimise-main';

const cwd = process.env.INIT_CWD ?? process.cwd();
optimiseMain(process.argv.slice(2), cwd).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 70;
  },
);
