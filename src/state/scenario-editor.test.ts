import { describe, expect, it } from 'vitest';
import { ScenarioEditor } from './scenario-editor.svelte';

describe('undo and redo', () => {
  it('walk back and forth through the edits, each step a new revision', () => {
    const editor = new ScenarioEditor(() => 'en', { name: 'A' });
    editor.setPart(['name'], 'B');
    editor.setPart(['name'], 'C');
    expect([editor.canUndo, editor.canRedo]).toEqual([true, false]);

    editor.undo();
    expect(editor.file).toEqual({ name: 'B' });
    editor.undo();
    expect(editor.file).toEqual({ name: 'A' });
    expect([editor.canUndo, editor.canRedo]).toEqual([false, true]);
    const revision = editor.revision;
    editor.undo(); // nothing left to undo: no change, no new revision
    expect(editor.file).toEqual({ name: 'A' });
    expect(editor.revision).toBe(revision);

    editor.redo();
    expect(editor.file).toEqual({ name: 'B' });
    expect(editor.revision).toBe(revision + 1);
    editor.redo();
    expect(editor.file).toEqual({ name: 'C' });
    expect([editor.canUndo, editor.canRedo]).toEqual([true, false]);
    editor.redo();
    expect(editor.revision).toBe(revision + 2);
  });

  it('a new edit after an undo drops what could be redone', () => {
    const editor = new ScenarioEditor(() => 'en', { name: 'A' });
    editor.setPart(['name'], 'B');
    editor.undo();
    editor.setPart(['name'], 'D');
    expect(editor.canRedo).toBe(false);
    editor.undo();
    expect(editor.file).toEqual({ name: 'A' });
    editor.redo();
    expect(editor.file).toEqual({ name: 'D' });
  });
});
