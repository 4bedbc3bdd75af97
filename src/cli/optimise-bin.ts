/** Entry point of the bundled optimiser. */
import { optimiseMain } from './optimise-main';
import { runCommand } from './run-command';

runCommand(optimiseMain);
