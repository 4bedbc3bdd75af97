/** Messages of the phone layout (#15 item 2): the header's menu and the key-figure strip's switch. */
import type { FeatureCatalogue } from './feature';

export const phoneEn = {
  'menu.button': 'Menu',
  'menu.label': 'Actions',
  'menu.language': 'Language: {name}',
  'figures.all': 'All figures',
  'figures.paybackShort': 'Payback',
} as const;

export const phoneEs: FeatureCatalogue<typeof phoneEn> = {
  'menu.button': 'Menú',
  'menu.label': 'Acciones',
  'menu.language': 'Idioma: {name}',
  'figures.all': 'Todas las cifras',
  'figures.paybackShort': 'Recuperación',
};

export const phonePt: FeatureCatalogue<typeof phoneEn> = {
  'menu.button': 'Menu',
  'menu.label': 'Ações',
  'menu.language': 'Idioma: {name}',
  'figures.all': 'Todos os números',
  'figures.paybackShort': 'Retorno',
};
