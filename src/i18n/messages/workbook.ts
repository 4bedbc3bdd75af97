/**
 * Messages of the workbook view: sheet tabs, the formula bar with the cells a formula reads,
 * and the defined names. Spreadsheet words follow Excel's own in each language.
 */
import { long } from './long';
import type { FeatureCatalogue } from './feature';

export const workbookEn = {
  'workbook.sheets': 'Sheets',
  'workbook.intro': long(
    'The workbook that computes every figure. Select a cell to see its formula and the cells it reads; ',
    'click one of those to walk back to the inputs.',
  ),
  'workbook.loading': 'Building the workbook…',
  'workbook.updating': 'Updating…',
  'workbook.unavailable': 'The workbook appears once the scenario has no problems.',
  'workbook.failed': 'The workbook could not be read: {message}',
  'workbook.grid': 'Sheet {sheet}',
  'workbook.gridHelp':
    'Arrow keys move between cells; the formula bar above shows the selected cell. Ctrl+[ goes to the first cell its formula reads.',
  'workbook.formula': 'Formula',
  'workbook.value': 'Value',
  'workbook.input': 'A value, not a formula: an input of the scenario or a label.',
  'workbook.empty': 'Empty cell.',
  'workbook.error': 'The formula gives the error {code}.',
  'workbook.reads': 'Reads',
  'workbook.readsNothing': 'Its formula reads no other cell.',
  'workbook.goTo': 'Go to {address}',
  'workbook.range': 'range',
  'workbook.back': 'Back',
  'workbook.backTo': 'Back to {address}',
  'workbook.names': 'Defined names',
  'workbook.namesHelp': 'Names the formulas use. Click one to go to its cell.',
  'workbook.true': 'TRUE',
  'workbook.false': 'FALSE',
} as const;

export const workbookEs: FeatureCatalogue<typeof workbookEn> = {
  'workbook.sheets': 'Hojas',
  'workbook.intro':
    'El libro de cálculo que produce cada cifra. Seleccione una celda para ver su fórmula y las celdas ' +
    'que lee; haga clic en una de ellas para volver paso a paso a los datos de entrada.',
  'workbook.loading': 'Construyendo el libro…',
  'workbook.updating': 'Actualizando…',
  'workbook.unavailable': 'El libro aparece cuando el escenario no tiene problemas.',
  'workbook.failed': 'No se pudo leer el libro: {message}',
  'workbook.grid': 'Hoja {sheet}',
  'workbook.gridHelp':
    'Las flechas mueven entre celdas; la barra de fórmulas de arriba muestra la celda seleccionada. ' +
    'Ctrl+[ va a la primera celda que lee su fórmula.',
  'workbook.formula': 'Fórmula',
  'workbook.value': 'Valor',
  'workbook.input': 'Un valor, no una fórmula: un dato de entrada del escenario o un rótulo.',
  'workbook.empty': 'Celda vacía.',
  'workbook.error': 'La fórmula da el error {code}.',
  'workbook.reads': 'Lee',
  'workbook.readsNothing': 'Su fórmula no lee ninguna otra celda.',
  'workbook.goTo': 'Ir a {address}',
  'workbook.range': 'rango',
  'workbook.back': 'Volver',
  'workbook.backTo': 'Volver a {address}',
  'workbook.names': 'Nombres definidos',
  'workbook.namesHelp': 'Nombres que usan las fórmulas. Haga clic en uno para ir a su celda.',
  'workbook.true': 'VERDADERO',
  'workbook.false': 'FALSO',
};

export const workbookPt: FeatureCatalogue<typeof workbookEn> = {
  'workbook.sheets': 'Planilhas',
  'workbook.intro':
    'A pasta de trabalho que calcula cada número. Selecione uma célula para ver sua fórmula e as células ' +
    'que ela lê; clique numa delas para voltar passo a passo aos dados de entrada.',
  'workbook.loading': 'Montando a pasta de trabalho…',
  'workbook.updating': 'Atualizando…',
  'workbook.unavailable': 'A pasta de trabalho aparece quando o cenário não tem problemas.',
  'workbook.failed': 'Não foi possível ler a pasta de trabalho: {message}',
  'workbook.grid': 'Planilha {sheet}',
  'workbook.gridHelp':
    'As setas movem entre as células; a barra de fórmulas acima mostra a célula selecionada. Ctrl+[ vai ' +
    'para a primeira célula que a fórmula lê.',
  'workbook.formula': 'Fórmula',
  'workbook.value': 'Valor',
  'workbook.input': 'Um valor, não uma fórmula: um dado de entrada do cenário ou um rótulo.',
  'workbook.empty': 'Célula vazia.',
  'workbook.error': 'A fórmula dá o erro {code}.',
  'workbook.reads': 'Lê',
  'workbook.readsNothing': 'Sua fórmula não lê nenhuma outra célula.',
  'workbook.goTo': 'Ir para {address}',
  'workbook.range': 'intervalo',
  'workbook.back': 'Voltar',
  'workbook.backTo': 'Voltar para {address}',
  'workbook.names': 'Nomes definidos',
  'workbook.namesHelp': 'Nomes que as fórmulas usam. Clique num deles para ir à sua célula.',
  'workbook.true': 'VERDADEIRO',
  'workbook.false': 'FALSO',
};
