/** Entry point of the bundled portfolio command: runs it, turns any unexpected failure into one line. */
import { portfolioMain } from './portfolio-main';

const cwd = process.env.INIT_CWD ?? process.cwd();
portfolioMain(process.argv.slice(2), cwd).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 70;
  },
);
