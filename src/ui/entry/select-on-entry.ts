/**
 * Entering a field behaves as entering a spreadsheet cell: its whole content is selected, so
 * typing replaces it. F2, or a second click on the focused field, edits inside (caret placed).
 * Ctrl+Z/Ctrl+Y are not the text field's own undo: `onundo` decides (the app's history).
 */
import { tick } from 'svelte';
import type { Attachment } from 'svelte/attachments';

export interface EntryOptions {
  /**
   * Ctrl+Z (redo: Ctrl+Y or Ctrl+Shift+Z) in the field. Return true when the field handled it;
   * otherwise the key goes on to the page, whose handler runs the app's undo.
   */
  onundo?: (redo: boolean) => boolean;
  /**
   * A field whose value is not in the app's history (a converter, a run's setting, a chart's
   * ceiling): Ctrl+Z is the text field's own undo, as in any form.
   */
  ownUndo?: boolean;
}

/** Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z (Cmd on macOS): 'undo', 'redo' or null. */
export function undoKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  return key === 'y' && !e.shiftKey ? 'redo' : null;
}

/** Selects the whole text once the field shows what it edits (a field may swap its text on focus). */
export function selectWhenShown(input: HTMLInputElement): void {
  void tick().then(() => {
    if (document.activeElement === input) input.select();
  });
}

/** The attachment: `<input {@attach selectOnEntry()} />`. */
export function selectOnEntry(options: EntryOptions = {}): Attachment<HTMLInputElement> {
  return (input) => {
    function onmousedown(e: MouseEvent) {
      // A first click enters the field (all selected); a click on the focused field places the caret.
      if (e.button !== 0 || document.activeElement === input || input.disabled) return;
      e.preventDefault();
      input.focus();
    }
    function onfocus() {
      selectWhenShown(input);
    }
    function onkeydown(e: KeyboardEvent) {
      if (e.key === 'F2' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        const end = input.value.length;
        input.setSelectionRange(end, end);
        return;
      }
      const which = options.ownUndo ? null : undoKey(e);
      if (!which) return;
      // Never the browser's own undo of the text: it would bypass the app's history.
      e.preventDefault();
      if (options.onundo?.(which === 'redo')) {
        e.stopPropagation();
        selectWhenShown(input);
      } else {
        // The page's handler runs the app's undo; the field then shows the value it restored.
        selectWhenShown(input);
      }
    }
    input.addEventListener('mousedown', onmousedown);
    input.addEventListener('focus', onfocus);
    input.addEventListener('keydown', onkeydown);
    return () => {
      input.removeEventListener('mousedown', onmousedown);
      input.removeEventListener('focus', onfocus);
      input.removeEventListener('keydown', onkeydown);
    };
  };
}
