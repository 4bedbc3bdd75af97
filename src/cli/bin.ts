/** Entry point of the bundled evaluator: runs main, turns any unexpected failure into one line. */
import { main } from './main';

const cwd = process.env.INIT_CWD ?? process.cwd();
main(process.argv.slice(2), cwd).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 70;
  },
);
