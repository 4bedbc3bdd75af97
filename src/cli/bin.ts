/** Entry point of the bundled evaluator. */
import { main } from './main';
import { runCommand } from './run-command';

runCommand(main);
