/**
 * Messages of the lender's view, the financing presets, the credit memo and the downloads.
 * Terms follow docs/glossary.md (ICSD, Pérdida esperada, Garantía parcial de crédito...).
 */
import { long } from './long';
import type { FeatureCatalogue } from './feature';

export const creditEn = {
  'tab.credit': 'Credit',

  'preset.title': 'Financing structure',
  'preset.help': long(
    'A structure fills in the guarantee, the rebate and the credit line’s limits. Your loan’s principal, ',
    'rate, tenor and grace stay as they are, and every field stays editable.',
  ),
  'preset.current': 'The terms now match: {name}.',
  'preset.custom': 'The terms now are custom (edited).',
  'preset.applied': '“{name}” applied. Undo (Ctrl+Z) brings back the previous terms.',
  'preset.green-credit-line': 'Green credit line with rebate',
  'preset.green-credit-line.detail': long(
    'Guarantee of 50 % without fee. Rebate in year 1, prepaid on the principal, by the CO2e reduction: 15 ',
    '% at 30 % or more, 25 % at 50 % or more.',
  ),
  'preset.partial-guarantee': 'Partial credit guarantee',
  'preset.partial-guarantee.detail':
    'Coverage of 50 %, fee of 1 % a year on the guaranteed balance, loans up to US$400,000.',
  'preset.commercial-loan': 'Commercial loan',
  'preset.commercial-loan.detail': 'The bank’s loan alone: no guarantee, no rebate.',
  'preset.cash': 'Paying cash',
  'preset.cash.detail': 'No loan: the company pays the investment itself.',
  'preset.note.convertMaxLoan': long(
    'The guarantee covers loans up to US$400,000, and this scenario is in {currency}: convert that amount ',
    'and enter it as the maximum loan.',
  ),
  'preset.note.newLoan':
    'A loan for the total investment was added, at 12 % a year over 5 years: enter the bank’s terms.',
  'preset.note.cash': 'The loan was removed: the lender’s view is empty until a loan is added.',
  'preset.note.noCo2eBaseline': long(
    'The rebate is measured on CO2e: enter the resources’ current use per year and their emission ',
    'factors, so the reduction can be computed.',
  ),

  'lender.noLoan': 'No loan in this scenario. Choose a financing structure above, or add a loan in the Scenario tab.',
  'lender.terms': '{principal} at {rate} a year over {tenor}, {grace} of grace, {amortization}.',
  'lender.schedule': 'Loan schedule',
  'lender.col.year': 'Year',
  'lender.col.opening': 'Opening balance',
  'lender.col.principal': 'Principal',
  'lender.col.closing': 'Closing balance',
  'lender.col.cfads': 'Cash flow for debt service',
  'lender.col.dscr': 'DSCR',
  'lender.total': 'Total',
  'lender.dscr': 'Debt service coverage (DSCR) by year',
  'lender.dscrNote': long(
    'Cash flow for debt service = the company’s cash flow today ({baseline}) + {kept} of the project’s ',
    'benefits after tax (savings haircut of {haircut}).',
  ),
  'lender.dscrSummary': 'Minimum {min}, mean {mean}; required {required}.',
  'lender.dscrSummaryNoMin': 'Minimum {min}, mean {mean}; no minimum required.',
  'lender.dscrRequired': 'Required minimum',
  'lender.dscrChart': 'DSCR by year, with the savings haircut',
  'lender.el.without': 'Without the guarantee (all on the lender)',
  'lender.el.with': 'With the guarantee: the lender’s share',
  'lender.el.guarantor': 'The guarantor’s share ({coverage})',
  'lender.el.note':
    'Undiscounted, over the tenor: PD of {pd} a year and LGD of {lgd} on the balance outstanding at the start of each year.',
  'lender.el.ofPrincipal': '{share} of the principal',
  'lender.eligible': 'Eligible: every check passes.',
  'lender.notEligible': 'Not eligible: {count} check(s) fail.',
  'check.status.pass': 'Passes',
  'check.status.fail': 'Fails',
  'check.status.not-checked': 'Not checked',
  'check.loan-above-max.pass': 'Loan {principal} is within the line’s maximum of {limit}.',
  'check.loan-above-max.fail': 'Loan {principal} is above the line’s maximum of {limit}.',
  'check.loan-above-max.not-checked': 'Loan {principal}: no maximum loan is set.',
  'check.coverage-above-max.pass': 'Guarantee coverage {actual} is within the maximum of {limit}.',
  'check.coverage-above-max.fail': 'Guarantee coverage {actual} is above the maximum of {limit}.',
  'check.coverage-above-max.not-checked': 'Guarantee coverage {actual}: no maximum is set.',
  'check.dscr-below-min.pass': 'Minimum DSCR {actual} meets the required {limit}.',
  'check.dscr-below-min.fail': 'Minimum DSCR {actual} is below the required {limit}.',
  'check.dscr-below-min.not-checked': 'Minimum DSCR {actual}: no minimum is required.',
  'check.loan-above-capex.pass': 'Loan {principal} does not exceed the investment of {limit}.',
  'check.loan-above-capex.fail':
    'Loan {principal} is above the investment of {limit}: it would finance more than the measures cost.',
  'rebate.none': 'These terms have no rebate.',
  'rebate.share': 'Reduction of {indicator}: {share} of the baseline.',
  'rebate.noShare': 'The reduction of {indicator} cannot be computed: enter its baseline (current use per year).',
  'rebate.reached': 'Tier reached: {min} or more, a rebate of {rate}: {amount} in year {year}.',
  'rebate.noneReached': 'No tier reached: no rebate.',
  'rebate.next': 'Next tier: {min}, a rebate of {rate}. The project is {gap} percentage points short of it.',
  'rebate.top': 'This is the highest tier.',

  'memo.open': 'Open the credit memo',
  'memo.print': 'Print or save as PDF',
  'memo.close': 'Back to the lender’s view',
  'memo.prepared': 'Prepared on {date}. Amounts in {currency}.',
  'memo.page': 'Page',
  'memo.of': 'of',
  'memo.company': 'Company and measures',
  'memo.excluded': 'excluded',
  'memo.keyFigures': 'Key figures',
  'memo.equityIrr': 'Equity IRR',
  'memo.totalInterest': 'Interest over the tenor',
  'memo.financing': 'Financing terms',
  'memo.charts': 'Cash flow and coverage',
  'memo.risks': 'Largest risks',
  'memo.tornadoIntro': 'Project NPV when each input is {delta} lower or higher, largest swing first.',
  'memo.col.input': 'Input',
  'memo.col.low': 'NPV at −{delta}',
  'memo.col.high': 'NPV at +{delta}',
  'memo.col.swing': 'Swing',
  'memo.monteCarlo':
    'Monte Carlo simulation, {samples} samples: NPV p5 {p5}, median {p50}, p95 {p95}; probability of loss (NPV < 0) {prob}.',
  'memo.noMonteCarlo': 'No Monte Carlo simulation has been run for this scenario (Sensitivity tab).',
  'memo.mcDscr':
    'The minimum DSCR falls below the required {required} in {prob} of the samples (p5 {p5}, median {p50}).',
  'memo.mcStale': 'This simulation was run on an earlier version of the scenario.',
  'memo.breakEven': 'Break-even energy price factor: {factor} (today’s prices = 1).',
  'memo.footer':
    'Computed with the cleaner-production scenario modeller (scenario file format v1). Every figure can be checked in the Excel export.',
  'memo.cumulative': 'Cumulative cash flow',
  'memo.cumProject': 'Project, paid in cash',
  'memo.cumEquity': 'Company, with the financing',
  'risk.price': 'Price of {resource}',
  'risk.discountRate': 'Discount rate',
  'risk.capex': 'Investment (all measures)',
  'risk.savings': 'Quantities saved (all measures)',

  'export.xlsx': 'Excel (.xlsx)',
  'export.xlsxTitle': 'Download the scenario as an Excel workbook with live formulas',
  'export.csv': 'Year table (.csv)',
  'export.csvTitle': 'Download the year-by-year table as CSV for a spreadsheet',
  'export.preparing': 'Preparing the Excel file…',
  'export.failed': 'The Excel file could not be made: {reason}',
  'export.invalid': 'Fix the problems in the scenario first ({count}).',
  'export.noResults': 'There are no figures to export yet.',
  'export.yearsSuffix': 'years',
} as const;

export const creditEs: FeatureCatalogue<typeof creditEn> = {
  'tab.credit': 'Crédito',

  'preset.title': 'Estructura de financiamiento',
  'preset.help':
    'Una estructura completa la garantía, el reembolso y los límites de la línea de crédito. El capital, ' +
    'la tasa, el plazo y el período de gracia de su préstamo no cambian, y todos los campos siguen ' +
    'editables.',
  'preset.current': 'Las condiciones actuales corresponden a: {name}.',
  'preset.custom': 'Las condiciones actuales son personalizadas (editadas).',
  'preset.applied': 'Se aplicó «{name}». Deshacer (Ctrl+Z) recupera las condiciones anteriores.',
  'preset.green-credit-line': 'Línea de crédito verde con reembolso',
  'preset.green-credit-line.detail':
    'Garantía del 50 % sin comisión. Reembolso en el año 1, como prepago del capital, según la reducción ' +
    'de CO2e: 15 % desde el 30 %, 25 % desde el 50 %.',
  'preset.partial-guarantee': 'Garantía parcial de crédito',
  'preset.partial-guarantee.detail':
    'Cobertura del 50 %, comisión del 1 % anual sobre el saldo garantizado, préstamos hasta US$400.000.',
  'preset.commercial-loan': 'Préstamo comercial',
  'preset.commercial-loan.detail': 'Solo el préstamo del banco: sin garantía ni reembolso.',
  'preset.cash': 'Pago de contado',
  'preset.cash.detail': 'Sin préstamo: la empresa paga la inversión con recursos propios.',
  'preset.note.convertMaxLoan':
    'La garantía cubre préstamos de hasta US$400.000 y este escenario está en {currency}: convierta ese ' +
    'monto e ingréselo como préstamo máximo.',
  'preset.note.newLoan':
    'Se agregó un préstamo por la inversión total, al 12 % anual a 5 años: ingrese las condiciones del banco.',
  'preset.note.cash': 'Se eliminó el préstamo: la vista del banco queda vacía hasta que se agregue uno.',
  'preset.note.noCo2eBaseline':
    'El reembolso se mide sobre el CO2e: ingrese el consumo actual por año y el factor de emisión de los ' +
    'recursos para poder calcular la reducción.',

  'lender.noLoan':
    'Este escenario no tiene préstamo. Elija una estructura de financiamiento arriba o agregue un préstamo en la pestaña Escenario.',
  'lender.terms': '{principal} al {rate} anual a {tenor}, {grace} de gracia, {amortization}.',
  'lender.schedule': 'Cronograma del préstamo',
  'lender.col.year': 'Año',
  'lender.col.opening': 'Saldo inicial',
  'lender.col.principal': 'Capital',
  'lender.col.closing': 'Saldo final',
  'lender.col.cfads': 'Flujo disponible para la deuda',
  'lender.col.dscr': 'ICSD',
  'lender.total': 'Total',
  'lender.dscr': 'Cobertura del servicio de la deuda (ICSD) por año',
  'lender.dscrNote':
    'Flujo de caja disponible para el servicio de la deuda = flujo de caja actual de la empresa ' +
    '({baseline}) + {kept} de los beneficios del proyecto después de impuestos (descuento prudencial de ' +
    'los ahorros del {haircut}).',
  'lender.dscrSummary': 'Mínimo {min}, promedio {mean}; exigido {required}.',
  'lender.dscrSummaryNoMin': 'Mínimo {min}, promedio {mean}; sin mínimo exigido.',
  'lender.dscrRequired': 'Mínimo exigido',
  'lender.dscrChart': 'ICSD por año, con el descuento prudencial de los ahorros',
  'lender.el.without': 'Sin la garantía (todo a cargo del banco)',
  'lender.el.with': 'Con la garantía: la parte del banco',
  'lender.el.guarantor': 'La parte del garante ({coverage})',
  'lender.el.note':
    'Sin descontar, durante el plazo: PI del {pd} anual y PDI del {lgd} sobre el saldo pendiente al inicio de cada año.',
  'lender.el.ofPrincipal': '{share} del capital',
  'lender.eligible': 'Elegible: cumple todos los criterios.',
  'lender.notEligible': 'No elegible: {count} criterio(s) no se cumplen.',
  'check.status.pass': 'Cumple',
  'check.status.fail': 'No cumple',
  'check.status.not-checked': 'Sin verificar',
  'check.loan-above-max.pass': 'El préstamo de {principal} está dentro del máximo de la línea, {limit}.',
  'check.loan-above-max.fail': 'El préstamo de {principal} supera el máximo de la línea, {limit}.',
  'check.loan-above-max.not-checked': 'Préstamo de {principal}: no hay un préstamo máximo definido.',
  'check.coverage-above-max.pass': 'La cobertura de la garantía, {actual}, está dentro del máximo de {limit}.',
  'check.coverage-above-max.fail': 'La cobertura de la garantía, {actual}, supera el máximo de {limit}.',
  'check.coverage-above-max.not-checked': 'Cobertura de la garantía {actual}: no hay un máximo definido.',
  'check.dscr-below-min.pass': 'El ICSD mínimo, {actual}, cumple el exigido de {limit}.',
  'check.dscr-below-min.fail': 'El ICSD mínimo, {actual}, está por debajo del exigido de {limit}.',
  'check.dscr-below-min.not-checked': 'ICSD mínimo {actual}: no se exige un mínimo.',
  'check.loan-above-capex.pass': 'El préstamo de {principal} no supera la inversión de {limit}.',
  'check.loan-above-capex.fail':
    'El préstamo de {principal} supera la inversión de {limit}: financiaría más de lo que cuestan las medidas.',
  'rebate.none': 'Estas condiciones no incluyen reembolso.',
  'rebate.share': 'Reducción de {indicator}: {share} de la línea base.',
  'rebate.noShare': 'No se puede calcular la reducción de {indicator}: ingrese su línea base (consumo actual por año).',
  'rebate.reached': 'Tramo alcanzado: desde {min}, reembolso del {rate}: {amount} en el año {year}.',
  'rebate.noneReached': 'No se alcanza ningún tramo: no hay reembolso.',
  'rebate.next': 'Siguiente tramo: {min}, reembolso del {rate}. Al proyecto le faltan {gap} puntos porcentuales.',
  'rebate.top': 'Es el tramo más alto.',

  'memo.open': 'Abrir el memorando para el comité de crédito',
  'memo.print': 'Imprimir o guardar como PDF',
  'memo.close': 'Volver a la vista del banco',
  'memo.prepared': 'Preparado el {date}. Montos en {currency}.',
  'memo.page': 'Página',
  'memo.of': 'de',
  'memo.company': 'Empresa y medidas',
  'memo.excluded': 'excluida',
  'memo.keyFigures': 'Cifras clave',
  'memo.equityIrr': 'TIR del inversionista',
  'memo.totalInterest': 'Intereses durante el plazo',
  'memo.financing': 'Condiciones del financiamiento',
  'memo.charts': 'Flujo de caja y cobertura',
  'memo.risks': 'Riesgos principales',
  'memo.tornadoIntro': 'VAN del proyecto cuando cada variable baja o sube un {delta}, de mayor a menor variación.',
  'memo.col.input': 'Variable',
  'memo.col.low': 'VAN con −{delta}',
  'memo.col.high': 'VAN con +{delta}',
  'memo.col.swing': 'Variación',
  'memo.monteCarlo':
    'Simulación de Monte Carlo, {samples} muestras: VAN p5 {p5}, mediana {p50}, p95 {p95}; probabilidad de pérdida (VAN < 0) {prob}.',
  'memo.noMonteCarlo': 'No se ha ejecutado una simulación de Monte Carlo para este escenario (pestaña Sensibilidad).',
  'memo.mcDscr':
    'El ICSD mínimo cae por debajo del exigido de {required} en el {prob} de las muestras (p5 {p5}, mediana {p50}).',
  'memo.mcStale': 'Esta simulación se ejecutó sobre una versión anterior del escenario.',
  'memo.breakEven': 'Factor de precio de la energía de equilibrio: {factor} (precios actuales = 1).',
  'memo.footer':
    'Calculado con el modelador de escenarios de producción más limpia (formato de escenario v1). Cada ' +
    'cifra puede verificarse en la exportación a Excel.',
  'memo.cumulative': 'Flujo de caja acumulado',
  'memo.cumProject': 'Proyecto, pagado de contado',
  'memo.cumEquity': 'Empresa, con el financiamiento',
  'risk.price': 'Precio de {resource}',
  'risk.discountRate': 'Tasa de descuento',
  'risk.capex': 'Inversión (todas las medidas)',
  'risk.savings': 'Cantidades ahorradas (todas las medidas)',

  'export.xlsx': 'Excel (.xlsx)',
  'export.xlsxTitle': 'Descargar el escenario como libro de Excel con fórmulas vivas',
  'export.csv': 'Tabla anual (.csv)',
  'export.csvTitle': 'Descargar la tabla año por año como CSV para una hoja de cálculo',
  'export.preparing': 'Preparando el archivo de Excel…',
  'export.failed': 'No se pudo generar el archivo de Excel: {reason}',
  'export.invalid': 'Primero corrija los problemas del escenario ({count}).',
  'export.noResults': 'Todavía no hay cifras para exportar.',
  'export.yearsSuffix': 'anual',
};

export const creditPt: FeatureCatalogue<typeof creditEn> = {
  'tab.credit': 'Crédito',

  'preset.title': 'Estrutura de financiamento',
  'preset.help':
    'Uma estrutura preenche a garantia, o reembolso e os limites da linha de crédito. O principal, a ' +
    'taxa, o prazo e a carência do seu empréstimo não mudam, e todos os campos continuam editáveis.',
  'preset.current': 'As condições atuais correspondem a: {name}.',
  'preset.custom': 'As condições atuais são personalizadas (editadas).',
  'preset.applied': '“{name}” aplicada. Desfazer (Ctrl+Z) traz de volta as condições anteriores.',
  'preset.green-credit-line': 'Linha de crédito verde com reembolso',
  'preset.green-credit-line.detail':
    'Garantia de 50 % sem comissão. Reembolso no ano 1, como amortização antecipada do principal, pela ' +
    'redução de CO2e: 15 % a partir de 30 %, 25 % a partir de 50 %.',
  'preset.partial-guarantee': 'Garantia parcial de crédito',
  'preset.partial-guarantee.detail':
    'Cobertura de 50 %, comissão de 1 % ao ano sobre o saldo garantido, empréstimos até US$400.000.',
  'preset.commercial-loan': 'Empréstimo comercial',
  'preset.commercial-loan.detail': 'Só o empréstimo do banco: sem garantia nem reembolso.',
  'preset.cash': 'Pagamento à vista',
  'preset.cash.detail': 'Sem empréstimo: a empresa paga o investimento com recursos próprios.',
  'preset.note.convertMaxLoan':
    'A garantia cobre empréstimos de até US$400.000 e este cenário está em {currency}: converta esse ' +
    'valor e informe-o como empréstimo máximo.',
  'preset.note.newLoan':
    'Foi incluído um empréstimo no valor do investimento total, a 12 % ao ano em 5 anos: informe as condições do banco.',
  'preset.note.cash': 'O empréstimo foi removido: a visão do banco fica vazia até que um empréstimo seja incluído.',
  'preset.note.noCo2eBaseline':
    'O reembolso é medido sobre o CO2e: informe o consumo atual por ano e o fator de emissão dos recursos ' +
    'para que a redução possa ser calculada.',

  'lender.noLoan':
    'Este cenário não tem empréstimo. Escolha uma estrutura de financiamento acima ou inclua um empréstimo na aba Cenário.',
  'lender.terms': '{principal} a {rate} ao ano em {tenor}, {grace} de carência, {amortization}.',
  'lender.schedule': 'Cronograma do empréstimo',
  'lender.col.year': 'Ano',
  'lender.col.opening': 'Saldo inicial',
  'lender.col.principal': 'Principal',
  'lender.col.closing': 'Saldo final',
  'lender.col.cfads': 'Fluxo disponível para a dívida',
  'lender.col.dscr': 'ICSD',
  'lender.total': 'Total',
  'lender.dscr': 'Cobertura do serviço da dívida (ICSD) por ano',
  'lender.dscrNote':
    'Fluxo de caixa disponível para o serviço da dívida = fluxo de caixa atual da empresa ({baseline}) + ' +
    '{kept} dos benefícios do projeto após impostos (desconto prudencial das economias de {haircut}).',
  'lender.dscrSummary': 'Mínimo {min}, média {mean}; exigido {required}.',
  'lender.dscrSummaryNoMin': 'Mínimo {min}, média {mean}; sem mínimo exigido.',
  'lender.dscrRequired': 'Mínimo exigido',
  'lender.dscrChart': 'ICSD por ano, com o desconto prudencial das economias',
  'lender.el.without': 'Sem a garantia (tudo por conta do banco)',
  'lender.el.with': 'Com a garantia: a parte do banco',
  'lender.el.guarantor': 'A parte do garantidor ({coverage})',
  'lender.el.note':
    'Sem desconto, durante o prazo: PD de {pd} ao ano e LGD de {lgd} sobre o saldo devedor no início de cada ano.',
  'lender.el.ofPrincipal': '{share} do principal',
  'lender.eligible': 'Elegível: todos os critérios são atendidos.',
  'lender.notEligible': 'Não elegível: {count} critério(s) não atendido(s).',
  'check.status.pass': 'Atende',
  'check.status.fail': 'Não atende',
  'check.status.not-checked': 'Não verificado',
  'check.loan-above-max.pass': 'O empréstimo de {principal} está dentro do máximo da linha, {limit}.',
  'check.loan-above-max.fail': 'O empréstimo de {principal} ultrapassa o máximo da linha, {limit}.',
  'check.loan-above-max.not-checked': 'Empréstimo de {principal}: não há empréstimo máximo definido.',
  'check.coverage-above-max.pass': 'A cobertura da garantia, {actual}, está dentro do máximo de {limit}.',
  'check.coverage-above-max.fail': 'A cobertura da garantia, {actual}, ultrapassa o máximo de {limit}.',
  'check.coverage-above-max.not-checked': 'Cobertura da garantia {actual}: não há máximo definido.',
  'check.dscr-below-min.pass': 'O ICSD mínimo, {actual}, atende o exigido de {limit}.',
  'check.dscr-below-min.fail': 'O ICSD mínimo, {actual}, está abaixo do exigido de {limit}.',
  'check.dscr-below-min.not-checked': 'ICSD mínimo {actual}: não se exige um mínimo.',
  'check.loan-above-capex.pass': 'O empréstimo de {principal} não ultrapassa o investimento de {limit}.',
  'check.loan-above-capex.fail':
    'O empréstimo de {principal} ultrapassa o investimento de {limit}: financiaria mais do que custam as medidas.',
  'rebate.none': 'Estas condições não incluem reembolso.',
  'rebate.share': 'Redução de {indicator}: {share} da linha de base.',
  'rebate.noShare':
    'Não é possível calcular a redução de {indicator}: informe sua linha de base (consumo atual por ano).',
  'rebate.reached': 'Faixa atingida: a partir de {min}, reembolso de {rate}: {amount} no ano {year}.',
  'rebate.noneReached': 'Nenhuma faixa atingida: sem reembolso.',
  'rebate.next': 'Próxima faixa: {min}, reembolso de {rate}. Faltam ao projeto {gap} pontos percentuais.',
  'rebate.top': 'É a faixa mais alta.',

  'memo.open': 'Abrir o parecer para o comitê de crédito',
  'memo.print': 'Imprimir ou salvar como PDF',
  'memo.close': 'Voltar à visão do banco',
  'memo.prepared': 'Preparado em {date}. Valores em {currency}.',
  'memo.page': 'Página',
  'memo.of': 'de',
  'memo.company': 'Empresa e medidas',
  'memo.excluded': 'excluída',
  'memo.keyFigures': 'Números principais',
  'memo.equityIrr': 'TIR do acionista',
  'memo.totalInterest': 'Juros durante o prazo',
  'memo.financing': 'Condições do financiamento',
  'memo.charts': 'Fluxo de caixa e cobertura',
  'memo.risks': 'Principais riscos',
  'memo.tornadoIntro': 'VPL do projeto quando cada variável cai ou sobe {delta}, da maior para a menor variação.',
  'memo.col.input': 'Variável',
  'memo.col.low': 'VPL com −{delta}',
  'memo.col.high': 'VPL com +{delta}',
  'memo.col.swing': 'Variação',
  'memo.monteCarlo':
    'Simulação de Monte Carlo, {samples} amostras: VPL p5 {p5}, mediana {p50}, p95 {p95}; probabilidade de perda (VPL < 0) {prob}.',
  'memo.noMonteCarlo': 'Nenhuma simulação de Monte Carlo foi executada para este cenário (aba Sensibilidade).',
  'memo.mcDscr': 'O ICSD mínimo fica abaixo do exigido de {required} em {prob} das amostras (p5 {p5}, mediana {p50}).',
  'memo.mcStale': 'Esta simulação foi executada sobre uma versão anterior do cenário.',
  'memo.breakEven': 'Fator de preço da energia no ponto de equilíbrio: {factor} (preços atuais = 1).',
  'memo.footer':
    'Calculado com o modelador de cenários de produção mais limpa (formato de cenário v1). Cada número ' +
    'pode ser conferido na exportação para Excel.',
  'memo.cumulative': 'Fluxo de caixa acumulado',
  'memo.cumProject': 'Projeto, pago à vista',
  'memo.cumEquity': 'Empresa, com o financiamento',
  'risk.price': 'Preço de {resource}',
  'risk.discountRate': 'Taxa de desconto',
  'risk.capex': 'Investimento (todas as medidas)',
  'risk.savings': 'Quantidades economizadas (todas as medidas)',

  'export.xlsx': 'Excel (.xlsx)',
  'export.xlsxTitle': 'Baixar o cenário como pasta de trabalho do Excel com fórmulas vivas',
  'export.csv': 'Tabela anual (.csv)',
  'export.csvTitle': 'Baixar a tabela ano a ano em CSV para uma planilha',
  'export.preparing': 'Preparando o arquivo do Excel…',
  'export.failed': 'Não foi possível gerar o arquivo do Excel: {reason}',
  'export.invalid': 'Corrija primeiro os problemas do cenário ({count}).',
  'export.noResults': 'Ainda não há números para exportar.',
  'export.yearsSuffix': 'anual',
};
