/** The editing grid: `<Grid {label} {columns} {rows} {onedit} … />`; see GridProps in types.ts. */
export { default as Grid } from './Grid.svelte';
export { parseTsv, serializeTsv } from './tsv';
export { rangeName } from './range';
export {
  CHECKED,
  UNCHECKED,
  isChecked,
  type CellEdit,
  type CellRef,
  type ColumnKind,
  type GridCell,
  type GridColumn,
  type GridOption,
  type GridProps,
  type GridRow,
  type Range,
} from './types';
