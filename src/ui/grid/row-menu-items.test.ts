import { describe, expect, test } from 'vitest';
import { translator } from '../../i18n/translate';
import { rowMenuItems } from './row-menu-items';

const all = { insert: true, move: true, toggle: true, delete: true };
const one = { top: 0, left: 0, bottom: 0, right: 0 };

describe('rowMenuItems', () => {
  test('everything the owner handles, in Spanish', () => {
    expect(rowMenuItems(1, 3, true, one, all, translator('es')).map((i) => i.label)).toEqual([
      'Insertar fila arriba',
      'Insertar fila abajo',
      'Subir',
      'Bajar',
      'Excluir del cálculo',
      'Eliminar fila',
    ]);
  });

  test('no move past the ends; include for an excluded row', () => {
    expect(rowMenuItems(0, 1, false, one, all, translator('en'))).toEqual([
      { action: 'insertAbove', label: 'Insert row above' },
      { action: 'insertBelow', label: 'Insert row below' },
      { action: 'toggle', label: 'Include in the calculation' },
      { action: 'delete', label: 'Delete row' },
    ]);
  });

  test('delete counts the selected rows it will remove', () => {
    const three = { top: 2, left: 0, bottom: 4, right: 1 };
    expect(
      rowMenuItems(3, 9, true, three, { ...all, insert: false, move: false, toggle: false }, translator('pt')),
    ).toEqual([{ action: 'delete', label: 'Excluir 3 linhas' }]);
  });

  test('only what the owner handles', () => {
    expect(
      rowMenuItems(0, 2, true, one, { insert: false, move: false, toggle: true, delete: false }, translator('en')),
    ).toEqual([{ action: 'toggle', label: 'Exclude from the calculation' }]);
  });
});
