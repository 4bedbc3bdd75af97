/**
 * What the workspace (Workspace.svelte, through LazyView) hands every tab below the key figures:
 * the scenario being edited, its evaluated model and the user's preferences; a tab with editable
 * cells also gets the cell context. One definition, so the tabs cannot drift from what is passed.
 */
import type { ModelState } from '../../state/model-state.svelte';
import type { Preferences } from '../../state/preferences.svelte';
import type { ScenarioEditor } from '../../state/scenario-editor.svelte';
import type { CellContext } from '../editor/cells';

export interface TabViewProps {
  editor: ScenarioEditor;
  model: ModelState;
  preferences: Preferences;
}

/** A tab whose inputs are cells of the scenario (Sensitivity, Verification). */
export interface CellTabViewProps extends TabViewProps {
  ctx: CellContext;
}
