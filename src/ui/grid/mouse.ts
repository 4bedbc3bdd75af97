/** What a mouse press means, apart from the DOM: the component finds what was hit, this says what to do. */
import type { GridCommand } from './grid-reducer';
import type { CellRef } from './types';

export type Hit =
  | { kind: 'cell'; cell: CellRef; onCheckbox: boolean }
  | { kind: 'rowHeader'; row: number }
  /** Inside the open editor, a menu button or outside the cells: the browser handles it. */
  | { kind: 'none' };

/** Reads the hit from the element under the pointer (cells carry data-row/data-col, row headers data-header-row). */
export function hitTest(target: EventTarget | null): Hit {
  if (!(target instanceof Element) || target.closest('input, select, button')) return { kind: 'none' };
  const td = target.closest<HTMLElement>('td[data-row]');
  if (td)
    return {
      kind: 'cell',
      cell: { row: Number(td.dataset.row), col: Number(td.dataset.col) },
      onCheckbox: !!target.closest('.check'),
    };
  const th = target.closest<HTMLElement>('th[data-header-row]');
  return th ? { kind: 'rowHeader', row: Number(th.dataset.headerRow) } : { kind: 'none' };
}

/**
 * Commands for a left-button press. An open editor is committed first (the press keeps focus
 * from moving, so no blur would do it). A row number selects the whole row; shift extends.
 */
export function pressCommands(hit: Hit, shift: boolean, editorOpen: boolean, colCount: number): GridCommand[] {
  if (hit.kind === 'none') return [];
  const commit: GridCommand[] = editorOpen ? [{ type: 'commit', move: 'none' }] : [];
  if (hit.kind === 'rowHeader') {
    const start: GridCommand[] = shift ? [] : [{ type: 'select', cell: { row: hit.row, col: 0 }, extend: false }];
    return [
      ...commit,
      ...start,
      { type: 'select', cell: { row: hit.row, col: Math.max(colCount - 1, 0) }, extend: true },
    ];
  }
  const select: GridCommand = { type: 'select', cell: hit.cell, extend: shift };
  return [...commit, select, ...(hit.onCheckbox && !shift ? [{ type: 'toggle' } as const] : [])];
}
