/**
 * The Monte Carlo worker: sampling runs here, beside the engine worker, so that the scenario
 * stays editable while thousands of samples run. Reached only through src/engine/ (an
 * EngineClient of its own); a run is cancelled by terminating this worker.
 */
import './report-csp-violations'; // first: see the module
import { expose } from 'comlink';
import { monteCarloInput } from '../src/workbook/analysis-inputs';
import { runMonteCarloJob, type ProgressCallback } from '../src/workbook/monte-carlo-job';

const api = {
  /** Answers as soon as the worker has loaded: lets the page start one ahead of a run. */
  ready(): true {
    return true;
  },

  /** Runs a seeded Monte Carlo of the file's uncertainty list, calling `onProgress` as it goes. */
  monteCarlo(file: unknown, settings: { samples: number; seed: number }, onProgress?: ProgressCallback) {
    // A callback from the page arrives as a comlink proxy: each call posts a message, not awaited.
    return runMonteCarloJob(file, monteCarloInput.parse(settings), onProgress);
  },
};

export type MonteCarloApi = typeof api;

expose(api);
