/** Brazilian Portuguese (glossary.md: VPL, Tabela Price, SAC, Carência). */
import type { Catalogue } from './types';
import { editorPt } from './editor';
import { libraryPt } from './library';
import { offlinePt } from './offline';
import { presentPt } from './present';
import { entryPt } from './entry';
import { sharePt } from './share';
import { teamPt } from './team';
import { shellPt } from './shell';
import { sensitivityPt } from './sensitivity';
import { creditPt } from './credit';
import { bankPt } from './bank';
import { formulasPt } from './formulas';
import { optimisePt } from './optimise';
import { resultsPt } from './results';
import { workbookPt } from './workbook';
import { verificationPt } from './verification';
import { portfolioPt } from './portfolio';
import { hardeningPt } from './hardening';
import { failurePt } from './failure';
import { langPt } from './lang';
import { phonePt } from './phone';

export const pt: Catalogue = {
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

  'cp.cleanerProduction': 'Produção mais limpa (P+L)',
  'cp.recp': 'Produção mais limpa e eficiente no uso de recursos',
  'cp.measure': 'Medida',
  'cp.resource': 'Recurso',
  'cp.baseline': 'Linha de base',
  'cp.savings': 'Economia',
  'cp.reductionShare': 'Percentual de redução',
  'cp.emissionFactor': 'Fator de emissão',
  'cp.macc': 'Curva de custo marginal de abatimento (MACC)',
  'cp.resourceKind.energy': 'Energia',
  'cp.resourceKind.water': 'Água',
  'cp.resourceKind.material': 'Materiais',
  'cp.resourceKind.waste': 'Resíduos',
  'cp.resourceKind.other': 'Outro',
  'cp.category.good-housekeeping': 'Boas práticas operacionais',
  'cp.category.input-material-change': 'Substituição de matérias-primas e insumos',
  'cp.category.better-process-control': 'Melhor controle de processo',
  'cp.category.equipment-modification': 'Modificação de equipamentos',
  'cp.category.technology-change': 'Mudança de tecnologia',
  'cp.category.on-site-recovery-reuse': 'Recuperação e reúso no local',
  'cp.category.useful-by-product': 'Aproveitamento de subprodutos',
  'cp.category.product-modification': 'Modificação do produto',

  'appraisal.npv': 'Valor presente líquido (VPL)',
  'appraisal.npvShort': 'VPL',
  'appraisal.irr': 'Taxa interna de retorno (TIR)',
  'appraisal.irrShort': 'TIR',
  'appraisal.simplePayback': 'Payback simples',
  'appraisal.discountedPayback': 'Payback descontado',
  'appraisal.profitabilityIndex': 'Índice de lucratividade',
  'appraisal.discountRate': 'Taxa de desconto',
  'appraisal.cashFlow': 'Fluxo de caixa',
  'appraisal.cumulativeCashFlow': 'Fluxo de caixa acumulado',
  'appraisal.investment': 'Investimento',
  'appraisal.omCost': 'Custo de operação e manutenção',
  'appraisal.priceEscalation': 'Reajuste anual do preço',
  'appraisal.horizon': 'Horizonte de análise',
  'appraisal.taxRate': 'Alíquota do imposto de renda',
  'appraisal.breakEven': 'Ponto de equilíbrio',
  'appraisal.sensitivity': 'Análise de sensibilidade',
  'appraisal.tornado': 'Gráfico de tornado',
  'appraisal.dataTable': 'Tabela de dados',
  'appraisal.goalSeek': 'Atingir meta',
  'appraisal.monteCarlo': 'Simulação de Monte Carlo',
  'appraisal.probabilityOfLoss': 'Probabilidade de perda (VPL < 0)',

  'credit.loan': 'Empréstimo',
  'credit.principal': 'Principal',
  'credit.interest': 'Juros',
  'credit.tenor': 'Prazo',
  'credit.gracePeriod': 'Carência',
  'credit.annuity': 'Tabela Price (parcelas iguais)',
  'credit.linear': 'SAC (sistema de amortização constante)',
  'credit.upfrontFee': 'Tarifa de abertura de crédito',
  'credit.outstandingBalance': 'Saldo devedor',
  'credit.partialGuarantee': 'Garantia parcial de crédito',
  'credit.coverage': 'Cobertura',
  'credit.guaranteeFee': 'Comissão de garantia',
  'credit.greenCreditLine': 'Linha de crédito verde',
  'credit.rebate': 'Reembolso por resultado ambiental verificado',
  'credit.prepayment': 'Amortização antecipada',
  'credit.debtService': 'Serviço da dívida',
  'credit.cfads': 'Fluxo de caixa disponível para o serviço da dívida',
  'credit.dscr': 'Índice de cobertura do serviço da dívida (ICSD)',
  'credit.savingsHaircut': 'Desconto prudencial das economias',
  'credit.pd': 'Probabilidade de inadimplência (PD)',
  'credit.lgd': 'Perda dado o inadimplemento (LGD)',
  'credit.expectedLoss': 'Perda esperada',
  'credit.eligibility': 'Elegibilidade',
  'credit.memo': 'Parecer para o comitê de crédito',

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
  ...editorPt,
  ...shellPt,
  ...sensitivityPt,
  ...creditPt,
  ...bankPt,
  ...formulasPt,
  ...optimisePt,
  ...resultsPt,
  ...workbookPt,
  ...verificationPt,
  ...hardeningPt,
  ...failurePt,
  ...offlinePt,
  ...sharePt,
  ...teamPt,
  ...presentPt,
  ...entryPt,
  ...libraryPt,
  ...portfolioPt,
  ...langPt,
  ...phonePt,
};
