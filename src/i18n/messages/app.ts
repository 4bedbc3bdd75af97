/**
 * Messages of the app itself: the header and its actions, units, hints for typed numbers and the
 * editing grid. Spanish follows glossary.md (usted), Portuguese is Brazilian.
 */
import { long } from './long';
import type { FeatureCatalogue } from './feature';

export const appEn = {
  // The app itself
  'app.saved': 'Saved',
  'app.saving': 'Saving…',
  'app.notSaved': 'Not saved',
  'app.undo': 'Undo',
  'app.redo': 'Redo',
  'app.import': 'Import',
  'app.export': 'Export',
  'app.backup': 'Backup',
  'app.formulaBar': 'Formula bar',
  'app.workbook': 'Workbook',
  'app.sheet': 'Sheet',
  'app.cell': 'Cell',
  'app.presentationMode': 'Presentation mode',
  'app.scenario': 'Scenario',
  'app.compare': 'Compare',

  // Units
  'unit.years.one': '{n} year',
  'unit.years.other': '{n} years',

  // Typing numbers (hints from parseNumberInput)
  'number.empty': 'Enter a number. An empty cell does not count as zero.',
  'number.emptyPercent': 'Enter a percentage, for example {example}. An empty cell does not count as zero.',
  'number.ambiguous': 'In this number format the decimal mark is “{decimal}”. Did you mean {suggestion}?',
  'number.invalid': 'Not a number. Write numbers like {example}.',
  'number.invalidPercent': 'Not a percentage. Write percentages like {example} or {fraction}.',
  'number.formula': 'A formula (starting with “=”) is not accepted here.',
  'number.tooLarge': 'This number is too large.',

  // The editing grid
  'grid.rowHeader': 'Row',
  'grid.row': 'Row {n}',
  'grid.rowActions': 'Actions for row {n}',
  'grid.insertAbove': 'Insert row above',
  'grid.insertBelow': 'Insert row below',
  'grid.deleteRow': 'Delete row',
  'grid.deleteRows': 'Delete {count} rows',
  'grid.moveUp': 'Move up',
  'grid.moveDown': 'Move down',
  'grid.include': 'Include in the calculation',
  'grid.exclude': 'Exclude from the calculation',
  'grid.excluded': 'Excluded from the calculation',
  'grid.addRow': 'Add row',
  'grid.checked': 'Yes',
  'grid.unchecked': 'No',
  'grid.cellsSelected': '{count} cells selected',
  'grid.help': long(
    'Typing replaces the selected cell; F2 or a double click edits inside it. Enter confirms and moves ',
    'down, Escape cancels, arrow keys move, Shift+F10 opens the row actions.',
  ),
} as const;

export const appEs: FeatureCatalogue<typeof appEn> = {
  'app.saved': 'Guardado',
  'app.saving': 'Guardando…',
  'app.notSaved': 'No guardado',
  'app.undo': 'Deshacer',
  'app.redo': 'Rehacer',
  'app.import': 'Importar',
  'app.export': 'Exportar',
  'app.backup': 'Copia de seguridad',
  'app.formulaBar': 'Barra de fórmulas',
  'app.workbook': 'Libro',
  'app.sheet': 'Hoja',
  'app.cell': 'Celda',
  'app.presentationMode': 'Modo presentación',
  'app.scenario': 'Escenario',
  'app.compare': 'Comparar',

  'unit.years.one': '{n} año',
  'unit.years.other': '{n} años',

  'number.empty': 'Ingrese un número. Una celda vacía no cuenta como cero.',
  'number.emptyPercent': 'Ingrese un porcentaje, por ejemplo {example}. Una celda vacía no cuenta como cero.',
  'number.ambiguous': 'En este formato el separador decimal es “{decimal}”. ¿Quiso decir {suggestion}?',
  'number.invalid': 'No es un número. Escriba los números así: {example}.',
  'number.invalidPercent': 'No es un porcentaje. Escriba los porcentajes así: {example} o {fraction}.',
  'number.formula': 'Aquí no se aceptan fórmulas (las que empiezan con “=”).',
  'number.tooLarge': 'Este número es demasiado grande.',

  'grid.rowHeader': 'Fila',
  'grid.row': 'Fila {n}',
  'grid.rowActions': 'Acciones de la fila {n}',
  'grid.insertAbove': 'Insertar fila arriba',
  'grid.insertBelow': 'Insertar fila abajo',
  'grid.deleteRow': 'Eliminar fila',
  'grid.deleteRows': 'Eliminar {count} filas',
  'grid.moveUp': 'Subir',
  'grid.moveDown': 'Bajar',
  'grid.include': 'Incluir en el cálculo',
  'grid.exclude': 'Excluir del cálculo',
  'grid.excluded': 'Excluida del cálculo',
  'grid.addRow': 'Agregar fila',
  'grid.checked': 'Sí',
  'grid.unchecked': 'No',
  'grid.cellsSelected': '{count} celdas seleccionadas',
  'grid.help':
    'Lo que escribe reemplaza la celda seleccionada; F2 o doble clic edita dentro de ella. Enter confirma ' +
    'y baja, Escape cancela, las flechas mueven, Mayús+F10 abre las acciones de la fila.',
};

export const appPt: FeatureCatalogue<typeof appEn> = {
  'app.saved': 'Salvo',
  'app.saving': 'Salvando…',
  'app.notSaved': 'Não salvo',
  'app.undo': 'Desfazer',
  'app.redo': 'Refazer',
  'app.import': 'Importar',
  'app.export': 'Exportar',
  'app.backup': 'Backup',
  'app.formulaBar': 'Barra de fórmulas',
  'app.workbook': 'Pasta de trabalho',
  'app.sheet': 'Planilha',
  'app.cell': 'Célula',
  'app.presentationMode': 'Modo apresentação',
  'app.scenario': 'Cenário',
  'app.compare': 'Comparar',

  'unit.years.one': '{n} ano',
  'unit.years.other': '{n} anos',

  'number.empty': 'Digite um número. Uma célula vazia não conta como zero.',
  'number.emptyPercent': 'Digite um percentual, por exemplo {example}. Uma célula vazia não conta como zero.',
  'number.ambiguous': 'Neste formato o separador decimal é “{decimal}”. Você quis dizer {suggestion}?',
  'number.invalid': 'Não é um número. Escreva os números assim: {example}.',
  'number.invalidPercent': 'Não é um percentual. Escreva os percentuais assim: {example} ou {fraction}.',
  'number.formula': 'Fórmulas (que começam com “=”) não são aceitas aqui.',
  'number.tooLarge': 'Este número é grande demais.',

  'grid.rowHeader': 'Linha',
  'grid.row': 'Linha {n}',
  'grid.rowActions': 'Ações da linha {n}',
  'grid.insertAbove': 'Inserir linha acima',
  'grid.insertBelow': 'Inserir linha abaixo',
  'grid.deleteRow': 'Excluir linha',
  'grid.deleteRows': 'Excluir {count} linhas',
  'grid.moveUp': 'Mover para cima',
  'grid.moveDown': 'Mover para baixo',
  // "Excluir" means delete in Portuguese, so leaving a row out of the sums is "retirar".
  'grid.include': 'Incluir no cálculo',
  'grid.exclude': 'Retirar do cálculo',
  'grid.excluded': 'Fora do cálculo',
  'grid.addRow': 'Adicionar linha',
  'grid.checked': 'Sim',
  'grid.unchecked': 'Não',
  'grid.cellsSelected': '{count} células selecionadas',
  'grid.help':
    'O que digitar substitui a célula selecionada; F2 ou clique duplo edita dentro dela. Enter confirma e ' +
    'desce, Esc cancela, as setas movem, Shift+F10 abre as ações da linha.',
};
