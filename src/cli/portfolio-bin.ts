/** Entry point of the bundled portfolio command. */
import { portfolioMain } from './portfolio-main';
import { runCommand } from './run-command';

runCommand(portfolioMain);
