/**
 * Scenarios by link (src/model/share-link.ts): the link to the open scenario, and a link the app
 * was opened with, shown first and imported only as a new scenario, never over an existing one.
 * The fragment is taken out of the address bar as soon as it is read, so a reload does not
 * offer it again.
 */
import { decodeShareFragment, encodeShareFragment, shareFragmentIn, type LinkProblem } from '../model/share-link';
import type { Scenario } from '../model/schema';
import { checkScenario, type ScenarioDoc } from '../persistence/docs';
import type { Library } from './library.svelte';
import { failureOf, type Failure } from './failure';

export type Incoming =
  | { kind: 'none' }
  /** A readable scenario, waiting for the user's "import". */
  | { kind: 'ready'; scenario: Scenario }
  | { kind: 'importing'; scenario: Scenario }
  /** `opened`: false when the open scenario's pending edits could not be written first, so it stayed open. */
  | { kind: 'imported'; doc: ScenarioDoc; opened: boolean }
  /** The link cannot be read; nothing was stored. */
  | { kind: 'problem'; problem: LinkProblem }
  /** The scenario is fine but could not be stored (storage closed or full). */
  | { kind: 'failed'; scenario: Scenario; failure: Failure };

export type Outgoing =
  /** `stale`: the draft has problems, so the link carries the last valid version. */
  | { ok: true; url: string; stale: boolean; name: string }
  | { ok: false; reason: 'too-long'; chars: number; max: number }
  | { ok: false; reason: 'nothing-open' };

/** What IncomingLink needs of the page: the address bar, and the library's writes. */
export interface IncomingDeps {
  library: Pick<Library, 'phase' | 'write' | 'openScenario'>;
  /** Writes the open scenario's pending edits before another one is opened; false if that failed. */
  beforeSwitch: () => Promise<boolean>;
  location?: Pick<Location, 'hash' | 'pathname' | 'search'>;
  replaceUrl?: (url: string) => void;
}

export class IncomingLink {
  #state = $state.raw<Incoming>({ kind: 'none' });
  readonly #deps: IncomingDeps;

  constructor(deps: IncomingDeps) {
    this.#deps = deps;
  }

  get state(): Incoming {
    return this.#state;
  }

  /** Reads a shared scenario from the address bar, if there is one, and removes it from there. */
  read(): void {
    const location = this.#deps.location ?? window.location;
    const fragment = shareFragmentIn(location.hash);
    if (fragment === null) return;
    const replace = this.#deps.replaceUrl ?? ((url: string) => history.replaceState(history.state, '', url));
    replace(`${location.pathname}${location.search}`);
    this.#state = readFragment(fragment);
  }

  /** Stores the link's scenario as a new one and opens it. */
  async import(): Promise<void> {
    const state = this.#state;
    if (state.kind !== 'ready' && state.kind !== 'failed') return;
    const { scenario } = state;
    this.#state = { kind: 'importing', scenario };
    try {
      let doc: ScenarioDoc | undefined;
      await this.#deps.library.write(async (storage) => [(doc = await storage.repo.create(scenario))]);
      if (!doc) throw new Error('the scenario was not stored');
      const opened = await this.#deps.beforeSwitch();
      if (opened) await this.#deps.library.openScenario(doc._id);
      this.#state = { kind: 'imported', doc, opened };
    } catch (error) {
      this.#state = { kind: 'failed', scenario, failure: failureOf(error) };
    }
  }

  dismiss(): void {
    this.#state = { kind: 'none' };
  }
}

/** A fragment's scenario, checked like a stored one (schema, cross-field checks and, without formulas, ranges). */
export function readFragment(fragment: string): Incoming {
  const decoded = decodeShareFragment(fragment);
  if (!decoded.ok) return { kind: 'problem', problem: decoded.problem };
  const checked = checkScenario(decoded.scenario);
  return checked.ok
    ? { kind: 'ready', scenario: checked.value }
    : { kind: 'problem', problem: { code: 'invalid', issues: checked.issues } };
}

/**
 * The link to a scenario: the editor's file when it is valid, else the last valid version
 * stored (`stale`). `base` is the app's address without a fragment.
 */
export function outgoingLink(file: unknown, typedCells: number, doc: ScenarioDoc | null, base: string): Outgoing {
  const valid = typedCells === 0 ? checkScenario(file) : null;
  const scenario = valid?.ok ? valid.value : doc?.scenario;
  if (!scenario) return { ok: false, reason: 'nothing-open' };
  const encoded = encodeShareFragment(scenario);
  if (!encoded.ok) return { ok: false, reason: 'too-long', chars: encoded.chars, max: encoded.max };
  return { ok: true, url: `${base}#${encoded.fragment}`, stale: !valid?.ok, name: scenario.name };
}
