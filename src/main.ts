/** The composition root: builds the engine client, storage and state, then mounts the UI. */
import { mount } from 'svelte';
import { registerSW } from 'virtual:pwa-register';
import { EngineClient } from './engine/engine-client';
import { startEngineWorker } from './engine/start-engine-worker';
import { openAppDb } from './persistence/app-db';
import { earlyDb, earlyReads } from './persistence/early-db';
import { startAnalysis } from './state/analysis-setup';
import { AppUpdate } from './state/app-update.svelte';
import { EngineStatus } from './state/engine-status.svelte';
import { startLibrary } from './state/library-setup.svelte';
import { FiguresKeeper } from './state/kept-figures';
import { ModelState } from './state/model-state.svelte';
import { ScenarioEditor } from './state/scenario-editor.svelte';
import { Preferences } from './state/preferences.svelte';
import './ui/styles/tokens.css';
import './ui/styles/primitives.css';
import App from './ui/App.svelte';

performance.mark('cp:main'); // the page's modules are loaded and evaluated
// The database opened by src/boot.ts, shared with the library, and the settings it read already
// (a page without them opens and reads its own). Below 700 px the toolbar is a menu
// (ui/styles/primitives.css) and the key figures start folded.
const preferences = new Preferences(
  earlyDb() ?? openAppDb(),
  navigator.languages,
  matchMedia('(max-width: 699px)').matches,
  earlyReads()?.then((reads) => reads.uiSettings),
);
// Read while the rest starts: the page waits for it below, and the first run seeds the samples in its language.
const preferencesLoaded = preferences.load();
const engine = new EngineClient(startEngineWorker);
const engineStatus = new EngineStatus(engine);
const editor = new ScenarioEditor(() => ({ numberLocale: preferences.numberLocale, language: preferences.language }));
const model = new ModelState(engine);
model.follow(editor); // every change of the draft asks the engine for new figures (one at a time, newest wins)
// Sensitivity tools on the engine worker; Monte Carlo on a worker of its own.
const analysisStates = startAnalysis(engine);
// The library opens the scenarios (seeding the samples on a first run) and autosaves the editor's draft.
const libraryStates = startLibrary({
  editor,
  engine,
  reevaluate: () => model.request(editor.draft, editor.revision, { again: true }),
  language: () => preferencesLoaded.then(() => preferences.language),
});
// A scenario opened shows its figures kept from the last session at once and asks for live ones
// before the editor is drawn (issue 15 item 11).
const { library } = libraryStates;
const keeper = new FiguresKeeper({
  model,
  editor,
  db: () => (library.phase.kind === 'ready' ? library.storage.db : null),
  openId: () => library.open?._id ?? null,
});
library.beforeFirstShow = (doc) => keeper.prefetch(doc);
library.onShow = (doc) => void keeper.shown(doc);
addEventListener('pagehide', () => void keeper.flush());
// An update reloads the page only once every edit is on disk (the preferences are written at once).
const appUpdate = new AppUpdate({
  register: registerSW,
  saveAll: libraryStates.saveAll,
  reload: () => location.reload(),
});
appUpdate.start();

// The About dialog's probe loads HyperFormula in the worker: asked once the first figures are in
// (or a while after start, when there is no scenario to compute), never ahead of them (issue 15 item 11).
const PROBE_AT_LATEST_MS = 5000;
void Promise.race([model.firstAnswer, new Promise((resolve) => setTimeout(resolve, PROBE_AT_LATEST_MS))]).then(
  () => engineStatus.start(), // shows its own failure; never rejects
);
// The page waits for the preferences only, so it never flashes the wrong language.
await preferencesLoaded;
performance.mark('cp:preferences'); // user-timing marks: where start-up time goes (scripts/bench-start.mjs)

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
try {
  mount(App, { target, props: { preferences, engineStatus, editor, model, libraryStates, appUpdate, analysisStates } });
  performance.mark('cp:mounted');
} catch (error) {
  // A release that cannot even start: say so in place, and let a newer release take over at once.
  appUpdate.rescue();
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent =
    'The app could not start. A newer version will load by itself as soon as it is available. / La ' +
    'aplicación no pudo iniciar. / O aplicativo não pôde iniciar.';
  target.replaceChildren(message);
  console.error(error);
}
