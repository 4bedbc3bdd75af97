/**
 * The optimise worker: the best package for a budget and its frontier (spec section 8) run here,
 * so the page stays responsive whatever the search takes. Reached only through src/engine/ (an
 * EngineClient of its own); a run is cancelled by terminating this worker.
 */
import './report-csp-violations'; // first: see the module
import { expose } from 'comlink';
import { optimiseInput, runOptimiseJob, type OptimiseProgressCallback } from '../src/workbook/optimise-job';

const api = {
  /** Answers as soon as the worker has loaded: lets the page start one ahead of a run. */
  ready(): true {
    return true;
  },

  /** The best package for the settings' budget and the frontier, calling `onProgress` after each budget. */
  optimise(file: unknown, settings: unknown, onProgress?: OptimiseProgressCallback) {
    return runOptimiseJob(file, optimiseInput.parse(settings), onProgress);
  },
};

export type OptimiseApi = typeof api;

expose(api);
