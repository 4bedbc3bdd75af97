import type { Translate } from '../../i18n/translate';
import type { RowAction } from './grid-reducer';
import type { Range } from './types';

export interface RowMenuItem {
  action: RowAction;
  label: string;
}

/** Which row actions the owner handles (the grid offers only those). */
export interface RowHandlers {
  insert: boolean;
  move: boolean;
  toggle: boolean;
  delete: boolean;
}

/**
 * The row menu's entries for `row`. Impossible moves are left out rather than disabled, and
 * Delete names how many rows go when the row is part of a multi-row selection.
 */
export function rowMenuItems(
  row: number,
  rowCount: number,
  enabled: boolean,
  selection: Range,
  can: RowHandlers,
  t: Translate,
): RowMenuItem[] {
  const items: RowMenuItem[] = [];
  if (can.insert) {
    items.push(
      { action: 'insertAbove', label: t('grid.insertAbove') },
      { action: 'insertBelow', label: t('grid.insertBelow') },
    );
  }
  if (can.move && row > 0) items.push({ action: 'moveUp', label: t('grid.moveUp') });
  if (can.move && row < rowCount - 1) items.push({ action: 'moveDown', label: t('grid.moveDown') });
  if (can.toggle) items.push({ action: 'toggle', label: t(enabled ? 'grid.exclude' : 'grid.include') });
  if (can.delete) {
    const count = selection.bottom - selection.top + 1;
    const many = selection.top <= row && row <= selection.bottom && count > 1;
    items.push({ action: 'delete', label: many ? t('grid.deleteRows', { count }) : t('grid.deleteRow') });
  }
  return items;
}
