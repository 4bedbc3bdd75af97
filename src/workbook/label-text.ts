/**
 * The workbook's own labels (row and column labels, notes, section headings) in Spanish and
 * Portuguese, for the Excel export and the Workbook tab (issue 16, part 2). The workbook is built
 * with English labels; they are translated where they are shown. Sheet names, defined names and
 * the values formulas read (ids, choices like `annuity`) are never translated: formulas refer to
 * them. Text the user typed (names, units) is not in this table and stays as typed.
 * src/workbook may not import src/i18n (STYLE.md), so this catalogue lives here.
 */
import { group } from '../model/checked';

export type LabelLanguage = 'en' | 'es' | 'pt';

// [English, Spanish, Portuguese]. Vocabulary follows docs/glossary.md and the app's catalogues.
const ROWS: readonly (readonly [string, string, string])[] = [
  ['Active', 'Activa', 'Ativa'],
  ['Actual use', 'Uso real', 'Uso real'],
  ['Added opex per year', 'Costo operativo adicional por año', 'Custo operacional adicional por ano'],
  ['Adjusted baseline', 'Línea base ajustada', 'Linha de base ajustada'],
  ['Amortization', 'Amortización', 'Amortização'],
  ['Annual avoided', 'Evitado por año', 'Evitado por ano'],
  ['Annual interest rate', 'Tasa de interés anual', 'Taxa de juros anual'],
  ['Annual probability of default', 'Probabilidad anual de incumplimiento', 'Probabilidade anual de inadimplência'],
  ['Applies', 'Se aplica', 'Aplica-se'],
  ['Avoided', 'Evitado', 'Evitado'],
  [
    'Baseline cash flow for debt service',
    'Flujo de caja de base para el servicio de la deuda',
    'Fluxo de caixa de base para o serviço da dívida',
  ],
  ['Baseline intensity', 'Intensidad de la línea base', 'Intensidade da linha de base'],
  ['Baseline period', 'Período de línea base', 'Período de linha de base'],
  ['Baseline production', 'Producción de la línea base', 'Produção da linha de base'],
  ['Baseline quantity per year', 'Cantidad de base por año', 'Quantidade de base por ano'],
  ['Baseline tCO2e per year', 'tCO2e de base por año', 'tCO2e de base por ano'],
  ['Baseline use', 'Uso de la línea base', 'Uso da linha de base'],
  ['Benefit', 'Beneficio', 'Benefício'],
  ['Blank: no rebate', 'En blanco: sin reembolso', 'Em branco: sem reembolso'],
  [
    'Blank: not paid back within the horizon',
    'En blanco: no se recupera dentro del horizonte',
    'Em branco: não se paga dentro do horizonte',
  ],
  ['Capex', 'Inversión', 'Investimento'],
  ['Cash flow', 'Flujo de caja', 'Fluxo de caixa'],
  [
    'Cash flow available for debt service',
    'Flujo de caja disponible para el servicio de la deuda',
    'Fluxo de caixa disponível para o serviço da dívida',
  ],
  ['Category', 'Categoría', 'Categoria'],
  ['Closing balance', 'Saldo final', 'Saldo final'],
  ['Cost per tCO2e (MAC)', 'Costo por tCO2e (MAC)', 'Custo por tCO2e (MAC)'],
  ['Credit terms', 'Condiciones de crédito', 'Condições de crédito'],
  ['Cumulative', 'Acumulado', 'Acumulado'],
  ['Currency', 'Moneda', 'Moeda'],
  ['DSCR', 'ICSD', 'ICSD'],
  ['DSCR below the minimum', 'ICSD por debajo del mínimo', 'ICSD abaixo do mínimo'],
  ['Debt service', 'Servicio de la deuda', 'Serviço da dívida'],
  ['Depreciation', 'Depreciación', 'Depreciação'],
  ['Discount rate', 'Tasa de descuento', 'Taxa de desconto'],
  ['Discounted', 'Descontado', 'Descontado'],
  ['Discounted capex', 'Inversión descontada', 'Investimento descontado'],
  ['Discounted cash flow', 'Flujo de caja descontado', 'Fluxo de caixa descontado'],
  ['Discounted cumulative', 'Acumulado descontado', 'Acumulado descontado'],
  ['Discounted payback (years)', 'Recuperación descontada (años)', 'Payback descontado (anos)'],
  ['Discounted tCO2e', 'tCO2e descontadas', 'tCO2e descontadas'],
  ['Eligibility issue', 'Problema de elegibilidad', 'Problema de elegibilidade'],
  ['Emission factor', 'Factor de emisión', 'Fator de emissão'],
  ['Enabled', 'Incluida', 'Incluída'],
  ['Enabled (1/0)', 'Incluida (1/0)', 'Incluída (1/0)'],
  ['Energy price factor', 'Factor de precio de la energía', 'Fator de preço da energia'],
  ['Equity IRR', 'TIR del capital propio', 'TIR do capital próprio'],
  [
    'Equity IRR search start',
    'Inicio de búsqueda de la TIR del capital propio',
    'Início da busca da TIR do capital próprio',
  ],
  ['Equity NPV', 'VAN del capital propio', 'VPL do capital próprio'],
  ['Equity cash flow', 'Flujo de caja del capital propio', 'Fluxo de caixa do capital próprio'],
  ['Equity cumulative', 'Acumulado del capital propio', 'Acumulado do capital próprio'],
  ['Equity discounted', 'Capital propio descontado', 'Capital próprio descontado'],
  [
    'Equity discounted cumulative',
    'Acumulado descontado del capital propio',
    'Acumulado descontado do capital próprio',
  ],
  ['Equity payback (years)', 'Recuperación del capital propio (años)', 'Payback do capital próprio (anos)'],
  ['Escalation per year', 'Escalamiento por año', 'Reajuste por ano'],
  ['Exchange rate of the maximum loan', 'Tipo de cambio del préstamo máximo', 'Taxa de câmbio do empréstimo máximo'],
  ['Expected loss', 'Pérdida esperada', 'Perda esperada'],
  ['Expected loss (undiscounted)', 'Pérdida esperada (sin descontar)', 'Perda esperada (não descontada)'],
  ['Financing (equity view)', 'Financiamiento (visión del capital propio)', 'Financiamento (visão do capital próprio)'],
  ['First-year benefit', 'Beneficio del primer año', 'Benefício do primeiro ano'],
  ['Fraction: 0.12 = 12 %', 'Fracción: 0.12 = 12 %', 'Fração: 0.12 = 12 %'],
  ['From the measures (Summary)', 'De las medidas (Summary)', 'Das medidas (Summary)'],
  ['Grace (years, interest only)', 'Gracia (años, solo intereses)', 'Carência (anos, só juros)'],
  ['Guarantee coverage', 'Cobertura de la garantía', 'Cobertura da garantia'],
  ['Guarantee fee', 'Comisión de garantía', 'Comissão de garantia'],
  ['Guarantee fee per year', 'Comisión de garantía por año', 'Comissão de garantia por ano'],
  ["Guarantor's expected loss", 'Pérdida esperada del garante', 'Perda esperada do garantidor'],
  ['Horizon (years)', 'Horizonte (años)', 'Horizonte (anos)'],
  ['IRR', 'TIR', 'TIR'],
  ['IRR has several roots', 'La TIR tiene varias raíces', 'A TIR tem várias raízes'],
  ['IRR search start', 'Inicio de búsqueda de la TIR', 'Início da busca da TIR'],
  ['ISO 4217', 'ISO 4217', 'ISO 4217'],
  ['Id', 'Id', 'Id'],
  ['Indicator', 'Indicador', 'Indicador'],
  ['Indicator reduction share', 'Reducción del indicador', 'Redução do indicador'],
  ['Input', 'Dato de entrada', 'Dado de entrada'],
  ['Intercept', 'Intercepto', 'Intercepto'],
  ['Interest', 'Intereses', 'Juros'],
  ['Interest tax shield', 'Escudo fiscal de los intereses', 'Benefício fiscal dos juros'],
  ['Kind', 'Tipo', 'Tipo'],
  ['Last discounted year below zero', 'Último año descontado bajo cero', 'Último ano descontado abaixo de zero'],
  ['Last year below zero', 'Último año bajo cero', 'Último ano abaixo de zero'],
  ["Lender's expected loss", 'Pérdida esperada del prestamista', 'Perda esperada do credor'],
  ['Lifetime (years)', 'Vida útil (años)', 'Vida útil (anos)'],
  ['Line', 'Línea', 'Linha'],
  ['Loan terms', 'Condiciones del préstamo', 'Condições do empréstimo'],
  ['Loss given default', 'Pérdida dado el incumplimiento', 'Perda dada a inadimplência'],
  ['Maximum guarantee coverage', 'Cobertura máxima de la garantía', 'Cobertura máxima da garantia'],
  ['Maximum loan', 'Préstamo máximo', 'Empréstimo máximo'],
  ['Mean DSCR', 'ICSD medio', 'ICSD médio'],
  ['Measure', 'Medida', 'Medida'],
  ['Method', 'Método', 'Método'],
  ['Minimum DSCR', 'ICSD mínimo', 'ICSD mínimo'],
  ['Multiplies every energy price', 'Multiplica cada precio de la energía', 'Multiplica cada preço de energia'],
  ['NPV', 'VAN', 'VPL'],
  ['Name', 'Nombre', 'Nome'],
  ['Note', 'Nota', 'Nota'],
  ['On the covered outstanding balance', 'Sobre el saldo pendiente cubierto', 'Sobre o saldo devedor coberto'],
  ['Opening balance', 'Saldo inicial', 'Saldo inicial'],
  ['Other benefit per year', 'Otro beneficio por año', 'Outro benefício por ano'],
  ['Periods per year', 'Períodos por año', 'Períodos por ano'],
  ['Prepayment', 'Prepago', 'Pré-pagamento'],
  ['Price factor', 'Factor de precio', 'Fator de preço'],
  ['Price today', 'Precio actual', 'Preço atual'],
  ['Principal', 'Capital', 'Principal'],
  ['Principal repaid', 'Capital amortizado', 'Principal amortizado'],
  ['Production', 'Producción', 'Produção'],
  ['Production unit', 'Unidad de producción', 'Unidade de produção'],
  [
    'Profit tax on benefits less depreciation',
    'Impuesto sobre los beneficios menos la depreciación',
    'Imposto sobre os benefícios menos a depreciação',
  ],
  ['Profitability index', 'Índice de rentabilidad', 'Índice de lucratividade'],
  ['Project (enabled measures)', 'Proyecto (medidas incluidas)', 'Projeto (medidas incluídas)'],
  ['Project cash flow', 'Flujo de caja del proyecto', 'Fluxo de caixa do projeto'],
  ['Projected rebate', 'Reembolso proyectado', 'Reembolso projetado'],
  ['Projected rebate rate', 'Tasa de reembolso proyectada', 'Taxa de reembolso projetada'],
  ['Projected reduction share', 'Reducción proyectada', 'Redução projetada'],
  ['R2', 'R2', 'R2'],
  ['Rate', 'Tasa', 'Taxa'],
  ['Rebate', 'Reembolso', 'Reembolso'],
  ['Rebate amount', 'Monto del reembolso', 'Valor do reembolso'],
  ['Rebate base', 'Base del reembolso', 'Base do reembolso'],
  ['Rebate indicator', 'Indicador del reembolso', 'Indicador do reembolso'],
  ['Rebate paid as', 'Reembolso pagado como', 'Reembolso pago como'],
  ['Rebate rate reached', 'Tasa de reembolso alcanzada', 'Taxa de reembolso alcançada'],
  ['Rebate tiers: minimum reduction', 'Tramos de reembolso: reducción mínima', 'Faixas de reembolso: redução mínima'],
  ['Rebate year', 'Año del reembolso', 'Ano do reembolso'],
  ['Records in a year', 'Registros en un año', 'Registros em um ano'],
  ['Reduction share', 'Porcentaje de reducción', 'Percentual de redução'],
  [
    'Reduction shares (enabled measures)',
    'Porcentajes de reducción (medidas incluidas)',
    'Percentuais de redução (medidas incluídas)',
  ],
  ['Reporting intensity', 'Intensidad del período de reporte', 'Intensidade do período de relato'],
  ['Reporting period', 'Período de reporte', 'Período de relato'],
  ['Reporting production', 'Producción del período de reporte', 'Produção do período de relato'],
  ['Resource', 'Recurso', 'Recurso'],
  ['Rounding tolerance', 'Tolerancia de redondeo', 'Tolerância de arredondamento'],
  ['Savings haircut', 'Descuento prudencial de los ahorros', 'Desconto prudencial das economias'],
  ['Set by the app', 'Lo fija la aplicación', 'Definido pelo aplicativo'],
  [
    'Set by the app: the lowest root it found; blank when none',
    'Lo fija la aplicación: la raíz más baja que encontró; en blanco si no hay',
    'Definido pelo aplicativo: a menor raiz encontrada; em branco se não houver',
  ],
  ['Share of baseline', 'Porcentaje de la línea base', 'Percentual da linha de base'],
  ['Simple payback (years)', 'Recuperación simple (años)', 'Payback simples (anos)'],
  ['Slope', 'Pendiente', 'Inclinação'],
  ['Start year', 'Año de inicio', 'Ano de início'],
  ['Tax', 'Impuesto', 'Imposto'],
  ['Tax rate', 'Tasa de impuesto', 'Alíquota de imposto'],
  ['Tenor (years)', 'Plazo (años)', 'Prazo (anos)'],
  ["The rebate's indicator", 'El indicador del reembolso', 'O indicador do reembolso'],
  ['Total capex', 'Inversión total', 'Investimento total'],
  ['Total interest', 'Intereses totales', 'Juros totais'],
  ['Unit', 'Unidad', 'Unidade'],
  ['Upfront fee', 'Comisión de desembolso', 'Tarifa de abertura de crédito'],
  ['Upfront fee rate', 'Tasa de comisión de desembolso', 'Taxa da tarifa de abertura'],
  ['Value', 'Valor', 'Valor'],
  ['Variable', 'Variable', 'Variável'],
  ['Verification (measured)', 'Verificación (medida)', 'Verificação (medida)'],
  ['Verified rebate', 'Reembolso verificado', 'Reembolso verificado'],
  ['Verified rebate rate', 'Tasa de reembolso verificada', 'Taxa de reembolso verificada'],
  ['Verified reduction', 'Reducción verificada', 'Redução verificada'],
  ['Verified reduction share', 'Porcentaje de reducción verificado', 'Percentual de redução verificado'],
  ['Year', 'Año', 'Ano'],
  [
    'Years 0..H; flows at the end of each year',
    'Años 0..H; flujos al final de cada año',
    'Anos 0..H; fluxos no fim de cada ano',
  ],
  [
    'annuity or linear',
    'annuity (cuota fija) o linear (amortización constante)',
    'annuity (parcela fixa) ou linear (amortização constante)',
  ],
  [
    'intensity or regression',
    'intensity (intensidad) o regression (regresión)',
    'intensity (intensidade) ou regression (regressão)',
  ],
  ['prepayment or cash', 'prepayment (prepago) o cash (efectivo)', 'prepayment (pré-pagamento) ou cash (dinheiro)'],
  ['principal or capex', 'principal (capital) o capex (inversión)', 'principal (principal) ou capex (investimento)'],
  ['tCO2e avoided in the horizon', 'tCO2e evitadas en el horizonte', 'tCO2e evitadas no horizonte'],
  ['tCO2e in horizon', 'tCO2e en el horizonte', 'tCO2e no horizonte'],
  ['tCO2e per unit', 'tCO2e por unidad', 'tCO2e por unidade'],
  ['tCO2e per year', 'tCO2e por año', 'tCO2e por ano'],
  ['CV(RMSE)', 'CV(RMSE)', 'CV(RMSE)'],
];

const BY_LANGUAGE: Record<'es' | 'pt', ReadonlyMap<string, string>> = {
  es: new Map(ROWS.map(([en, es]) => [en, es])),
  pt: new Map(ROWS.map(([en, , pt]) => [en, pt])),
};

/** Labels that carry an id or a currency code: the part in the middle stays as it is. */
const PATTERNS: readonly { re: RegExp; es: (x: string) => string; pt: (x: string) => string }[] = [
  { re: /^Saved (.+) per year$/, es: (x) => `Ahorro de ${x} por año`, pt: (x) => `Economia de ${x} por ano` },
  { re: /^maximum loan in (.+)$/, es: (x) => `préstamo máximo en ${x}`, pt: (x) => `empréstimo máximo em ${x}` },
];

/** Every English label the table knows (tests check the workbooks' labels against it). */
export const WORKBOOK_LABELS: readonly string[] = ROWS.map(([en]) => en);

/** A workbook label in `language`; text the table does not know (user text, ids, choices) as it is. */
export function labelIn(language: LabelLanguage, text: string): string {
  if (language === 'en') return text;
  const known = BY_LANGUAGE[language].get(text);
  if (known !== undefined) return known;
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (m) return p[language](group(m, 1));
  }
  return text;
}

/** True when `text` is one of the workbook's own labels (translated in `labelIn`). */
export function isWorkbookLabel(text: string): boolean {
  return BY_LANGUAGE.es.has(text) || PATTERNS.some((p) => p.re.test(text));
}
