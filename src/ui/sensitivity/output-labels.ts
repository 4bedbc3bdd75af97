/** Names of the figures a data table gives, in the user's language. */
import type { Translate } from '../../i18n/translate';
import type { TableOutput } from '../../state/data-table-csv';

export function outputLabel(t: Translate, o: TableOutput): string {
  switch (o) {
    case 'npv':
      return t('appraisal.npvShort');
    case 'irr':
      return t('appraisal.irrShort');
    case 'equityNpv':
      return t('results.equityNpv');
    case 'equityIrr':
      return t('sens.output.equityIrr');
    case 'minDscr':
      return t('results.minDscr');
  }
}
