/**
 * The shell's few strings. They join src/i18n's message catalogue when the real app shell
 * replaces this one.
 */
import type { UiLanguage } from '../../i18n/locale';

export const shellText = {
  es: {
    title: 'Modelador de escenarios de producción más limpia',
    tagline:
      'Inversiones en producción más limpia y crédito verde: flujo de caja, préstamo y riesgo, escenario por escenario.',
    language: 'Idioma',
    engine: 'Motor de cálculo',
    engineStarting: 'Iniciando el motor de cálculo…',
    engineReady: 'Motor listo',
    engineDetail: (version: string) => `HyperFormula ${version}, en un Web Worker aparte de la página.`,
    probe: 'Cuota mensual de un préstamo de 100.000 al 12 % anual a 5 años',
    engineFailed: 'El motor de cálculo no arrancó',
    retry: 'Reintentar',
    storedProblem: 'La configuración guardada no se pudo leer. Elegir un idioma la reemplaza.',
    rawData: 'Datos guardados',
    storageError: 'Este navegador no pudo guardar la configuración:',
  },
  en: {
    title: 'Cleaner-production scenario modeller',
    tagline: 'Cleaner-production investments and green credit: cash flow, loan and risk, scenario by scenario.',
    language: 'Language',
    engine: 'Calculation engine',
    engineStarting: 'Starting the calculation engine…',
    engineReady: 'Engine ready',
    engineDetail: (version: string) => `HyperFormula ${version}, in a Web Worker apart from the page.`,
    probe: 'Monthly payment on a 100,000 loan at 12 % a year over 5 years',
    engineFailed: 'The calculation engine did not start',
    retry: 'Try again',
    storedProblem: 'The saved settings could not be read. Choosing a language replaces them.',
    rawData: 'Saved data',
    storageError: 'This browser could not save the settings:',
  },
  pt: {
    title: 'Modelador de cenários de produção mais limpa',
    tagline:
      'Investimentos em produção mais limpa e crédito verde: fluxo de caixa, empréstimo e risco, cenário a cenário.',
    language: 'Idioma',
    engine: 'Motor de cálculo',
    engineStarting: 'Iniciando o motor de cálculo…',
    engineReady: 'Motor pronto',
    engineDetail: (version: string) => `HyperFormula ${version}, num Web Worker separado da página.`,
    probe: 'Parcela mensal de um empréstimo de 100.000 a 12 % ao ano em 5 anos',
    engineFailed: 'O motor de cálculo não iniciou',
    retry: 'Tentar de novo',
    storedProblem: 'As configurações salvas não puderam ser lidas. Escolher um idioma as substitui.',
    rawData: 'Dados salvos',
    storageError: 'Este navegador não conseguiu salvar as configurações:',
  },
} satisfies Record<UiLanguage, Record<string, unknown>>;

/** Each language in its own name, in the order the picker lists them. */
export const languageNames: Record<UiLanguage, string> = { es: 'Español', pt: 'Português', en: 'English' };
