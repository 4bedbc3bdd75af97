/**
 * Messages of verification of results (spec section 6): the problems of the measured records.
 * Vocabulary from glossary.md (línea base, período de reporte / de relato, consumo específico).
 */
import { long } from './long';
import type { FeatureCatalogue } from './feature';

export const verificationEn = {
  'issue.verification-resources-differ':
    'The resources differ from the first baseline record’s (missing: {missing}; extra: {added}).',
  'issue.verification-empty-use': 'Give the use of at least one resource.',
  'issue.duplicate-period': 'The period “{period}” appears twice.',
  'issue.production-not-positive':
    'Must be above 0 with the intensity method (use is compared per unit of production).',
  'issue.too-few-records': 'The regression method needs at least {min} baseline records (there are {count}).',
  'issue.productions-all-equal':
    'Every baseline production is {value}: a regression needs production to vary (use the intensity method).',
  'tab.verification': 'Verification',
  'verif.intro': long(
    'Use and production measured before the measures (baseline) and after them (reporting period): the ',
    'reduction they prove, and the rebate tier it earns.',
  ),
  'verif.start': 'Add measurements',
  'verif.remove': 'Remove the measurements',
  'verif.method': 'Method',
  'verif.method.intensity': 'Intensity (use per unit of production)',
  'verif.method.intensity.help':
    'The baseline’s use per unit of production, times the reporting production, is what the plant would have used without the measures.',
  'verif.method.regression': 'Regression on production (IPMVP Option C style)',
  'verif.method.regression.help': long(
    'A line use = a + b × production fitted on the baseline predicts the reporting use, so fixed loads ',
    'are not scaled with production; it needs at least 3 baseline records whose production varies.',
  ),
  'verif.periodsPerYear': 'Records per year',
  'verif.productionUnit': 'Production unit',
  'verif.baseline': 'Baseline (before)',
  'verif.reporting': 'Reporting period (after)',
  'verif.col.period': 'Period',
  'verif.col.production': 'Production',
  'verif.col.use': '{resource} ({unit})',
  'verif.addResource': 'Add a resource column',
  'verif.removeResource': 'Remove the {resource} column',
  'verif.importCsv': 'Import CSV…',
  'verif.pasteHint': long(
    'Paste a block copied from Excel or a CSV of monthly bills: period, production, then one column per ',
    'resource. A header row is recognised and skipped.',
  ),
  'verif.imported': '{count} records read from {file}.',
  'verif.importEmpty': '{file} has no records to read.',
  'verif.results': 'Projected and verified reduction',
  'verif.col.resource': 'Resource',
  'verif.col.projected': 'Projected',
  'verif.col.verified': 'Verified',
  'verif.col.avoided': 'Avoided per year',
  'verif.col.tier': 'Tier reached (verified)',
  'verif.col.next': 'To the next tier',
  'verif.tier': '{rate} rebate',
  'verif.noTier': 'none',
  'verif.topTier': 'top tier reached',
  'verif.toNext': '{gap} more for {rate}',
  'verif.notMeasured': 'not measured',
  'verif.rebate': 'Rebate as verified: {amount} ({rate}); projected {projected} ({projectedRate}).',
  'verif.noRebate': 'The financing has no rebate: the verified reduction has no tier to earn.',
  'verif.financing': 'The loan, projected and as verified',
  'verif.col.figure': 'Figure',
  'verif.equityNpv': 'Equity NPV',
  'verif.minDscr': 'Minimum DSCR',
  'verif.expectedLoss': 'Expected loss',
  'verif.rebateAmount': 'Rebate',
  'verif.warnings': 'Points to check',
  'verif.warn.short-baseline': 'The baseline has {n} records, less than a year ({perYear}): it may miss a season.',
  'verif.warn.short-reporting': 'The reporting period has fewer than 3 records: a short period may not be typical.',
  'verif.warn.weak-model':
    'The {resource} model explains only {r2} of the baseline’s variation (CV(RMSE) {cv} > 20 %, ASHRAE Guideline 14).',
  'verif.warn.outside-baseline-range':
    'A reporting production lies outside the baseline’s range: the fitted line is extrapolated there.',
  'verif.warn.indicator-not-measured':
    'The rebate’s indicator ({indicator}) was not measured: no rebate can be verified.',
  'verif.warn.co2e-not-all-measured':
    'A resource that the measures save and that emits CO2e was not measured: the verified CO2e reduction covers only what was.',
  'verif.stale':
    'The measurements have problems, marked in the grids: the figures shown are those of the last valid version.',
  'verif.model': '{resource}: use = {a} + {b} × production; R² {r2}; CV(RMSE) {cv}',
  'verif.chart.resource': 'Resource in the charts',
  'verif.chart.scatter': '{resource}: use against production',
  'verif.chart.intensity': '{resource}: use per unit of production by period',
  'verif.chart.cusum': '{resource}: cumulative avoided use over the reporting period (CUSUM)',
  'verif.legend.baseline': 'Baseline',
  'verif.legend.reporting': 'Reporting period',
  'verif.legend.fit': 'Baseline model',
  'verif.axis.record': 'Record',
  'verif.report': 'Verification report',
  'verif.report.span': '{from} to {to} ({n} records)',
  'verif.report.verifier': 'Verified by (name and organisation):',
  'verif.report.date': 'Date:',
  'verif.report.signature': 'Signature:',
  'verif.report.footer': long(
    'Measured consumption and production compared per unit of production (spec section 6 of the CP ',
    'scenario modeller); the rebate tier follows the credit line’s tiers.',
  ),
  'verif.report.close': 'Back to verification',
  'verif.summary': long(
    'As verified ({method}): {indicator} reduction {share}, tier {tier}; rebate {amount} (projected ',
    '{projected}); equity NPV {npv}, minimum DSCR {dscr}.',
  ),
  'verif.summary.noRebate': 'As verified ({method}): CO2e reduction {share}.',
} as const;

export const verificationEs: FeatureCatalogue<typeof verificationEn> = {
  'issue.verification-resources-differ':
    'Los recursos no coinciden con los del primer registro de la línea base (faltan: {missing}; sobran: {added}).',
  'issue.verification-empty-use': 'Indique el consumo de al menos un recurso.',
  'issue.duplicate-period': 'El período “{period}” aparece dos veces.',
  'issue.production-not-positive':
    'Debe ser mayor que 0 con el método de intensidad (el consumo se compara por unidad producida).',
  'issue.too-few-records': 'El método de regresión necesita al menos {min} registros en la línea base (hay {count}).',
  'issue.productions-all-equal':
    'Toda la producción de la línea base es {value}: una regresión necesita que la producción varíe (use el método de intensidad).',
  'tab.verification': 'Verificación',
  'verif.intro':
    'Consumo y producción medidos antes de las medidas (línea base) y después (período de reporte): la ' +
    'reducción que demuestran y el tramo de reembolso que alcanza.',
  'verif.start': 'Agregar mediciones',
  'verif.remove': 'Quitar las mediciones',
  'verif.method': 'Método',
  'verif.method.intensity': 'Intensidad (consumo específico por unidad producida)',
  'verif.method.intensity.help':
    'El consumo por unidad producida de la línea base, por la producción del período de reporte, es lo ' +
    'que la planta habría consumido sin las medidas.',
  'verif.method.regression': 'Regresión sobre la producción (al estilo de IPMVP opción C)',
  'verif.method.regression.help':
    'Una recta consumo = a + b × producción ajustada sobre la línea base predice el consumo del período ' +
    'de reporte, sin escalar las cargas fijas; necesita al menos 3 registros de línea base con producción ' +
    'variable.',
  'verif.periodsPerYear': 'Registros por año',
  'verif.productionUnit': 'Unidad de producción',
  'verif.baseline': 'Línea base (antes)',
  'verif.reporting': 'Período de reporte (después)',
  'verif.col.period': 'Período',
  'verif.col.production': 'Producción',
  'verif.col.use': '{resource} ({unit})',
  'verif.addResource': 'Agregar una columna de recurso',
  'verif.removeResource': 'Quitar la columna {resource}',
  'verif.importCsv': 'Importar CSV…',
  'verif.pasteHint':
    'Pegue un bloque copiado de Excel o un CSV de facturas mensuales: período, producción y una columna ' +
    'por recurso. Una fila de encabezado se reconoce y se omite.',
  'verif.imported': 'Se leyeron {count} registros de {file}.',
  'verif.importEmpty': '{file} no tiene registros para leer.',
  'verif.results': 'Reducción proyectada y verificada',
  'verif.col.resource': 'Recurso',
  'verif.col.projected': 'Proyectada',
  'verif.col.verified': 'Verificada',
  'verif.col.avoided': 'Consumo evitado por año',
  'verif.col.tier': 'Tramo alcanzado (verificado)',
  'verif.col.next': 'Al siguiente tramo',
  'verif.tier': 'reembolso del {rate}',
  'verif.noTier': 'ninguno',
  'verif.topTier': 'tramo máximo alcanzado',
  'verif.toNext': 'faltan {gap} para el {rate}',
  'verif.notMeasured': 'no medido',
  'verif.rebate': 'Reembolso verificado: {amount} ({rate}); proyectado {projected} ({projectedRate}).',
  'verif.noRebate': 'El financiamiento no tiene reembolso: la reducción verificada no tiene tramo que alcanzar.',
  'verif.financing': 'El crédito, proyectado y verificado',
  'verif.col.figure': 'Indicador',
  'verif.equityNpv': 'VAN del capital propio',
  'verif.minDscr': 'ICSD mínimo',
  'verif.expectedLoss': 'Pérdida esperada',
  'verif.rebateAmount': 'Reembolso',
  'verif.warnings': 'Puntos a revisar',
  'verif.warn.short-baseline':
    'La línea base tiene {n} registros, menos de un año ({perYear}): puede omitir una temporada.',
  'verif.warn.short-reporting':
    'El período de reporte tiene menos de 3 registros: un período corto puede no ser representativo.',
  'verif.warn.weak-model':
    'El modelo de {resource} explica solo el {r2} de la variación de la línea base (CV(RMSE) {cv} > 20 %, ASHRAE Guideline 14).',
  'verif.warn.outside-baseline-range':
    'Una producción del período de reporte está fuera del rango de la línea base: la recta se extrapola allí.',
  'verif.warn.indicator-not-measured':
    'El indicador del reembolso ({indicator}) no se midió: no se puede verificar ningún reembolso.',
  'verif.warn.co2e-not-all-measured':
    'No se midió un recurso que las medidas ahorran y que emite CO2e: la reducción de CO2e verificada cubre solo lo medido.',
  'verif.stale':
    'Las mediciones tienen problemas, marcados en las tablas: las cifras son las de la última versión válida.',
  'verif.model': '{resource}: consumo = {a} + {b} × producción; R² {r2}; CV(RMSE) {cv}',
  'verif.chart.resource': 'Recurso en los gráficos',
  'verif.chart.scatter': '{resource}: consumo frente a producción',
  'verif.chart.intensity': '{resource}: consumo específico por período',
  'verif.chart.cusum': '{resource}: consumo evitado acumulado en el período de reporte (CUSUM)',
  'verif.legend.baseline': 'Línea base',
  'verif.legend.reporting': 'Período de reporte',
  'verif.legend.fit': 'Modelo de la línea base',
  'verif.axis.record': 'Registro',
  'verif.report': 'Informe de verificación',
  'verif.report.span': '{from} a {to} ({n} registros)',
  'verif.report.verifier': 'Verificado por (nombre y entidad):',
  'verif.report.date': 'Fecha:',
  'verif.report.signature': 'Firma:',
  'verif.report.footer':
    'Consumo y producción medidos, comparados por unidad producida (sección 6 de la especificación del ' +
    'modelador de escenarios de PML); el tramo de reembolso sigue los tramos de la línea de crédito.',
  'verif.report.close': 'Volver a la verificación',
  'verif.summary':
    'Según la verificación ({method}): reducción de {indicator} {share}, tramo {tier}; reembolso {amount} ' +
    '(proyectado {projected}); VAN del capital propio {npv}, ICSD mínimo {dscr}.',
  'verif.summary.noRebate': 'Según la verificación ({method}): reducción de CO2e {share}.',
};

export const verificationPt: FeatureCatalogue<typeof verificationEn> = {
  'issue.verification-resources-differ':
    'Os recursos diferem dos do primeiro registro da linha de base (faltam: {missing}; sobram: {added}).',
  'issue.verification-empty-use': 'Informe o consumo de pelo menos um recurso.',
  'issue.duplicate-period': 'O período “{period}” aparece duas vezes.',
  'issue.production-not-positive':
    'Deve ser maior que 0 com o método de intensidade (o consumo é comparado por unidade produzida).',
  'issue.too-few-records': 'O método de regressão precisa de pelo menos {min} registros na linha de base (há {count}).',
  'issue.productions-all-equal':
    'Toda a produção da linha de base é {value}: uma regressão precisa que a produção varie (use o método de intensidade).',
  'tab.verification': 'Verificação',
  'verif.intro':
    'Consumo e produção medidos antes das medidas (linha de base) e depois (período de relato): a redução ' +
    'que comprovam e a faixa de reembolso que ela alcança.',
  'verif.start': 'Adicionar medições',
  'verif.remove': 'Remover as medições',
  'verif.method': 'Método',
  'verif.method.intensity': 'Intensidade (consumo específico por unidade produzida)',
  'verif.method.intensity.help':
    'O consumo por unidade produzida da linha de base, vezes a produção do período de relato, é o que a ' +
    'planta teria consumido sem as medidas.',
  'verif.method.regression': 'Regressão sobre a produção (no estilo do IPMVP opção C)',
  'verif.method.regression.help':
    'Uma reta consumo = a + b × produção ajustada na linha de base prevê o consumo do período de relato, ' +
    'sem escalar as cargas fixas; precisa de pelo menos 3 registros de linha de base com produção ' +
    'variável.',
  'verif.periodsPerYear': 'Registros por ano',
  'verif.productionUnit': 'Unidade de produção',
  'verif.baseline': 'Linha de base (antes)',
  'verif.reporting': 'Período de relato (depois)',
  'verif.col.period': 'Período',
  'verif.col.production': 'Produção',
  'verif.col.use': '{resource} ({unit})',
  'verif.addResource': 'Adicionar uma coluna de recurso',
  'verif.removeResource': 'Remover a coluna {resource}',
  'verif.importCsv': 'Importar CSV…',
  'verif.pasteHint':
    'Cole um bloco copiado do Excel ou um CSV de contas mensais: período, produção e uma coluna por ' +
    'recurso. Uma linha de cabeçalho é reconhecida e ignorada.',
  'verif.imported': '{count} registros lidos de {file}.',
  'verif.importEmpty': '{file} não tem registros para ler.',
  'verif.results': 'Redução projetada e verificada',
  'verif.col.resource': 'Recurso',
  'verif.col.projected': 'Projetada',
  'verif.col.verified': 'Verificada',
  'verif.col.avoided': 'Consumo evitado por ano',
  'verif.col.tier': 'Faixa alcançada (verificada)',
  'verif.col.next': 'Até a próxima faixa',
  'verif.tier': 'reembolso de {rate}',
  'verif.noTier': 'nenhuma',
  'verif.topTier': 'faixa máxima alcançada',
  'verif.toNext': 'faltam {gap} para {rate}',
  'verif.notMeasured': 'não medido',
  'verif.rebate': 'Reembolso verificado: {amount} ({rate}); projetado {projected} ({projectedRate}).',
  'verif.noRebate': 'O financiamento não tem reembolso: a redução verificada não tem faixa a alcançar.',
  'verif.financing': 'O crédito, projetado e verificado',
  'verif.col.figure': 'Indicador',
  'verif.equityNpv': 'VPL do capital próprio',
  'verif.minDscr': 'ICSD mínimo',
  'verif.expectedLoss': 'Perda esperada',
  'verif.rebateAmount': 'Reembolso',
  'verif.warnings': 'Pontos a verificar',
  'verif.warn.short-baseline':
    'A linha de base tem {n} registros, menos de um ano ({perYear}): pode deixar de fora uma estação.',
  'verif.warn.short-reporting':
    'O período de relato tem menos de 3 registros: um período curto pode não ser representativo.',
  'verif.warn.weak-model':
    'O modelo de {resource} explica só {r2} da variação da linha de base (CV(RMSE) {cv} > 20 %, ASHRAE Guideline 14).',
  'verif.warn.outside-baseline-range':
    'Uma produção do período de relato está fora da faixa da linha de base: a reta é extrapolada ali.',
  'verif.warn.indicator-not-measured':
    'O indicador do reembolso ({indicator}) não foi medido: nenhum reembolso pode ser verificado.',
  'verif.warn.co2e-not-all-measured':
    'Um recurso que as medidas economizam e que emite CO2e não foi medido: a redução de CO2e verificada cobre só o que foi medido.',
  'verif.stale': 'As medições têm problemas, marcados nas tabelas: os números são os da última versão válida.',
  'verif.model': '{resource}: consumo = {a} + {b} × produção; R² {r2}; CV(RMSE) {cv}',
  'verif.chart.resource': 'Recurso nos gráficos',
  'verif.chart.scatter': '{resource}: consumo versus produção',
  'verif.chart.intensity': '{resource}: consumo específico por período',
  'verif.chart.cusum': '{resource}: consumo evitado acumulado no período de relato (CUSUM)',
  'verif.legend.baseline': 'Linha de base',
  'verif.legend.reporting': 'Período de relato',
  'verif.legend.fit': 'Modelo da linha de base',
  'verif.axis.record': 'Registro',
  'verif.report': 'Relatório de verificação',
  'verif.report.span': '{from} a {to} ({n} registros)',
  'verif.report.verifier': 'Verificado por (nome e entidade):',
  'verif.report.date': 'Data:',
  'verif.report.signature': 'Assinatura:',
  'verif.report.footer':
    'Consumo e produção medidos, comparados por unidade produzida (seção 6 da especificação do modelador ' +
    'de cenários de P+L); a faixa de reembolso segue as faixas da linha de crédito.',
  'verif.report.close': 'Voltar à verificação',
  'verif.summary':
    'Conforme a verificação ({method}): redução de {indicator} {share}, faixa {tier}; reembolso {amount} ' +
    '(projetado {projected}); VPL do capital próprio {npv}, ICSD mínimo {dscr}.',
  'verif.summary.noRebate': 'Conforme a verificação ({method}): redução de CO2e {share}.',
};
