/**
 * What a view of the open scenario's figures is given (the Results tab, the lender's slide): the
 * figures, what they were computed from and the language to show them in. One definition, so
 * the views and whoever hands them the figures cannot drift apart.
 */
import type { UiLanguage } from '../../i18n/locale';
import type { Results } from '../../model/results';
import type { FileJson } from '../../state/draft';

export interface FiguresViewProps {
  results: Results;
  /** The scenario as edited: names, currency, switches and the lender's terms (minimum DSCR). */
  file: FileJson;
  /** The computed value of each formula field of the file, by path (ModelState.formulaValues). */
  formulaValues: Readonly<Record<string, number>>;
  language: UiLanguage;
}
