/** Latin American Spanish (glossary.md: VAN, TIR, "Cuota fija (sistema francés)", usted). */
import type { Catalogue } from './types';
import { editorEs } from './editor';
import { libraryEs } from './library';
import { offlineEs } from './offline';
import { presentEs } from './present';
import { entryEs } from './entry';
import { shareEs } from './share';
import { teamEs } from './team';
import { shellEs } from './shell';
import { sensitivityEs } from './sensitivity';
import { creditEs } from './credit';
import { bankEs } from './bank';
import { formulasEs } from './formulas';
import { optimiseEs } from './optimise';
import { resultsEs } from './results';
import { workbookEs } from './workbook';
import { verificationEs } from './verification';
import { portfolioEs } from './portfolio';
import { hardeningEs } from './hardening';
import { failureEs } from './failure';
import { langEs } from './lang';
import { phoneEs } from './phone';

export const es: Catalogue = {
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

  'cp.cleanerProduction': 'Producción más limpia (P+L)',
  'cp.recp': 'Producción más limpia y eficiente en recursos (PML-ER)',
  'cp.measure': 'Medida',
  'cp.resource': 'Recurso',
  'cp.baseline': 'Línea base',
  'cp.savings': 'Ahorros',
  'cp.reductionShare': 'Porcentaje de reducción',
  'cp.emissionFactor': 'Factor de emisión',
  'cp.macc': 'Curva de costo marginal de abatimiento (MACC)',
  'cp.resourceKind.energy': 'Energía',
  'cp.resourceKind.water': 'Agua',
  'cp.resourceKind.material': 'Materiales',
  'cp.resourceKind.waste': 'Residuos',
  'cp.resourceKind.other': 'Otro',
  'cp.category.good-housekeeping': 'Buenas prácticas operativas',
  'cp.category.input-material-change': 'Sustitución de materias primas e insumos',
  'cp.category.better-process-control': 'Mejor control de procesos',
  'cp.category.equipment-modification': 'Modificación de equipos',
  'cp.category.technology-change': 'Cambio de tecnología',
  'cp.category.on-site-recovery-reuse': 'Recuperación y reutilización en el sitio',
  'cp.category.useful-by-product': 'Aprovechamiento de subproductos',
  'cp.category.product-modification': 'Modificación del producto',

  'appraisal.npv': 'Valor actual neto (VAN)',
  'appraisal.npvShort': 'VAN',
  'appraisal.irr': 'Tasa interna de retorno (TIR)',
  'appraisal.irrShort': 'TIR',
  'appraisal.simplePayback': 'Período de recuperación simple',
  'appraisal.discountedPayback': 'Período de recuperación descontado',
  'appraisal.profitabilityIndex': 'Índice de rentabilidad',
  'appraisal.discountRate': 'Tasa de descuento',
  'appraisal.cashFlow': 'Flujo de caja',
  'appraisal.cumulativeCashFlow': 'Flujo de caja acumulado',
  'appraisal.investment': 'Inversión',
  'appraisal.omCost': 'Costo de operación y mantenimiento',
  'appraisal.priceEscalation': 'Variación anual del precio',
  'appraisal.horizon': 'Horizonte de evaluación',
  'appraisal.taxRate': 'Tasa de impuesto a la renta',
  'appraisal.breakEven': 'Punto de equilibrio',
  'appraisal.sensitivity': 'Análisis de sensibilidad',
  'appraisal.tornado': 'Diagrama de tornado',
  'appraisal.dataTable': 'Tabla de datos',
  'appraisal.goalSeek': 'Buscar objetivo',
  'appraisal.monteCarlo': 'Simulación de Monte Carlo',
  'appraisal.probabilityOfLoss': 'Probabilidad de pérdida (VAN < 0)',

  'credit.loan': 'Préstamo',
  'credit.principal': 'Capital',
  'credit.interest': 'Intereses',
  'credit.tenor': 'Plazo',
  'credit.gracePeriod': 'Período de gracia',
  'credit.annuity': 'Cuota fija (sistema francés)',
  'credit.linear': 'Amortización constante (sistema alemán)',
  'credit.upfrontFee': 'Comisión de desembolso',
  'credit.outstandingBalance': 'Saldo pendiente',
  'credit.partialGuarantee': 'Garantía parcial de crédito',
  'credit.coverage': 'Cobertura',
  'credit.guaranteeFee': 'Comisión de garantía',
  'credit.greenCreditLine': 'Línea de crédito verde',
  'credit.rebate': 'Reembolso por desempeño ambiental verificado',
  'credit.prepayment': 'Prepago',
  'credit.debtService': 'Servicio de la deuda',
  'credit.cfads': 'Flujo de caja disponible para el servicio de la deuda',
  'credit.dscr': 'Índice de cobertura del servicio de la deuda (ICSD)',
  'credit.savingsHaircut': 'Descuento prudencial de los ahorros',
  'credit.pd': 'Probabilidad de incumplimiento (PI)',
  'credit.lgd': 'Pérdida dado el incumplimiento (PDI)',
  'credit.expectedLoss': 'Pérdida esperada',
  'credit.eligibility': 'Elegibilidad',
  'credit.memo': 'Memorando para el comité de crédito',

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
  ...editorEs,
  ...shellEs,
  ...sensitivityEs,
  ...creditEs,
  ...bankEs,
  ...formulasEs,
  ...optimiseEs,
  ...resultsEs,
  ...workbookEs,
  ...verificationEs,
  ...hardeningEs,
  ...failureEs,
  ...offlineEs,
  ...shareEs,
  ...teamEs,
  ...presentEs,
  ...entryEs,
  ...libraryEs,
  ...portfolioEs,
  ...langEs,
  ...phoneEs,
};
