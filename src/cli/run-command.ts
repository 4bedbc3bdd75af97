/**
 * What every bundled command's entry point does: runs its main with the arguments and the folder
 * npm was started in, sets the exit code it returns, and turns an unexpected failure into one line
 * on stderr with exit code 70 (EX_SOFTWARE).
 */
export function runCommand(main: (args: string[], cwd: string) => Promise<number>): void {
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
}
