/** Messages of the data-entry and shell fixes of issue 15 (About dialog, compact layout). */
import type { FeatureCatalogue } from './feature';

export const entryEn = {
  'entry.about': 'About',
  'entry.aboutTitle': 'About this app',
  'entry.close': 'Close',
  'entry.menu': 'Actions',
  'entry.figures': 'Key figures',
  'entry.lastFigures': 'Figures from your last session, updating…',
} as const;

export const entryEs: FeatureCatalogue<typeof entryEn> = {
  'entry.about': 'Acerca de',
  'entry.aboutTitle': 'Acerca de esta aplicación',
  'entry.close': 'Cerrar',
  'entry.menu': 'Acciones',
  'entry.figures': 'Cifras clave',
  'entry.lastFigures': 'Cifras de su última sesión, actualizando…',
};

export const entryPt: FeatureCatalogue<typeof entryEn> = {
  'entry.about': 'Sobre',
  'entry.aboutTitle': 'Sobre este aplicativo',
  'entry.close': 'Fechar',
  'entry.menu': 'Ações',
  'entry.figures': 'Números-chave',
  'entry.lastFigures': 'Números da sua última sessão, atualizando…',
};
