/**
 * What the Results tab must show for each sample's headline figures, written out per locale as
 * literals (issue 19: the expected text is not built with the app's own formatters). Each string is
 * the sample's .expected.json figure rounded as the app presents it: money to the currency's
 * minor unit (COP none), percentages and years to one decimal; es-CO groups with '.', decimals
 * with ',' and puts a no-break space after the symbol; en-US groups with ',', decimals with '.'. The raw figure
 * each one renders is in the comment beside it, so a changed expected file shows here.
 */
export interface ShownFigures {
  npv: string;
  irr: string;
  payback: string;
  measureNpv: string[];
}

export const SHOWN: Record<string, Record<'es-CO' | 'en-US', ShownFigures>> = {
  'bolivia-poultry-slaughterhouse': {
    'es-CO': {
      npv: 'US$\u00a0259.054,46', // 259054.4588159966
      irr: '277,4%', // 2.7743673369680817
      payback: '0,4 años', // 0.3602378929481733
      measureNpv: ['US$\u00a089.702,03', 'US$\u00a078.733,61', 'US$\u00a090.618,81'],
    },
    'en-US': {
      npv: '$259,054.46', // 259054.4588159966
      irr: '277.4%', // 2.7743673369680817
      payback: '0.4 years', // 0.3602378929481733
      measureNpv: ['$89,702.03', '$78,733.61', '$90,618.81'],
    },
  },
  'peru-textile-guaranteed-loan': {
    'es-CO': {
      npv: 'US$\u00a0488.487,14', // 488487.1434389918
      irr: '51,9%', // 0.5193170026534146
      payback: '1,9 años', // 1.9090336972474493
      measureNpv: ['US$\u00a0137.247,42', 'US$\u00a0148.162,51', 'US$\u00a0203.077,22'],
    },
    'en-US': {
      npv: '$488,487.14', // 488487.1434389918
      irr: '51.9%', // 0.5193170026534146
      payback: '1.9 years', // 1.9090336972474493
      measureNpv: ['$137,247.42', '$148,162.51', '$203,077.22'],
    },
  },
  'colombia-green-credit-rebate': {
    'es-CO': {
      npv: '$\u00a0183.108.323', // 183108323.23597962
      irr: '17,8%', // 0.17810274680274285
      payback: '4,2 años', // 4.182620768997515
      measureNpv: ['-$\u00a0893.909.558', '$\u00a01.077.017.881'],
    },
    'en-US': {
      npv: 'COP\u00a0183,108,323', // 183108323.23597962
      irr: '17.8%', // 0.17810274680274285
      payback: '4.2 years', // 4.182620768997515
      measureNpv: ['-COP\u00a0893,909,558', 'COP\u00a01,077,017,881'],
    },
  },
  'colombia-dairy-verified-rebate': {
    'es-CO': {
      npv: '$\u00a01.929.824.820', // 1929824819.7844856
      irr: '60,3%', // 0.6029984762565388
      payback: '1,7 años', // 1.707610597912242
      measureNpv: ['$\u00a0382.816.695', '$\u00a01.123.730.711', '$\u00a0423.277.414'],
    },
    'en-US': {
      npv: 'COP\u00a01,929,824,820', // 1929824819.7844856
      irr: '60.3%', // 0.6029984762565388
      payback: '1.7 years', // 1.707610597912242
      measureNpv: ['COP\u00a0382,816,695', 'COP\u00a01,123,730,711', 'COP\u00a0423,277,414'],
    },
  },
  'central-america-dairy-energy-risk': {
    'es-CO': {
      npv: 'US$\u00a0158.536,02', // 158536.0222066432
      irr: '62,8%', // 0.627699458748298
      payback: '1,6 años', // 1.5642302514590334
      measureNpv: ['US$\u00a015.988,08', 'US$\u00a045.530,67', 'US$\u00a087.704,01', 'US$\u00a09.313,25'],
    },
    'en-US': {
      npv: '$158,536.02', // 158536.0222066432
      irr: '62.8%', // 0.627699458748298
      payback: '1.6 years', // 1.5642302514590334
      measureNpv: ['$15,988.08', '$45,530.67', '$87,704.01', '$9,313.25'],
    },
  },
  'bolivia-ep3-portfolio': {
    'es-CO': {
      npv: 'US$\u00a0687.762,34', // 687762.3412183863
      irr: '172,6%', // 1.72642573941881
      payback: '0,6 años', // 0.5753865127956658
      measureNpv: [
        'US$\u00a023.546,91',
        'US$\u00a0265.763,53',
        'US$\u00a051.087,77',
        'US$\u00a013.398,15',
        'US$\u00a028.488,36',
        'US$\u00a0305.477,62',
      ],
    },
    'en-US': {
      npv: '$687,762.34', // 687762.3412183863
      irr: '172.6%', // 1.72642573941881
      payback: '0.6 years', // 0.5753865127956658
      measureNpv: ['$23,546.91', '$265,763.53', '$51,087.77', '$13,398.15', '$28,488.36', '$305,477.62'],
    },
  },
};

type SampleId =
  | 'bolivia-poultry-slaughterhouse'
  | 'peru-textile-guaranteed-loan'
  | 'colombia-green-credit-rebate'
  | 'colombia-dairy-verified-rebate'
  | 'central-america-dairy-energy-risk'
  | 'bolivia-ep3-portfolio';

/**
 * The seeded samples' names per UI language (issue 16: the first run seeds the browser's
 * language; en is the shipped file's own name). Written out here, not read from the app's table.
 */
export const SAMPLE_TITLE: Record<SampleId, Record<'es' | 'pt' | 'en', string>> = {
  'bolivia-poultry-slaughterhouse': {
    es: 'Matadero de pollos, Bolivia: paquete de agua, calor y electricidad',
    pt: 'Abatedouro de frangos, Bolívia: pacote de água, calor e eletricidade',
    en: 'Poultry slaughterhouse, Bolivia: water, heat and power package',
  },
  'peru-textile-guaranteed-loan': {
    es: 'Tintorería textil, Perú: préstamo garantizado de producción más limpia',
    pt: 'Tinturaria têxtil, Peru: empréstimo garantido de produção mais limpa',
    en: 'Textile dye house, Peru: guaranteed cleaner production loan',
  },
  'colombia-green-credit-rebate': {
    es: 'Procesadora de alimentos, Colombia: cambio de carbón a gas con una línea de crédito verde',
    pt: 'Processadora de alimentos, Colômbia: troca de carvão por gás com uma linha de crédito verde',
    en: 'Food processor, Colombia: coal-to-gas switch on a green credit line',
  },
  'colombia-dairy-verified-rebate': {
    es: 'Planta láctea, Colombia: recuperación de calor, variadores y reúso de agua con una línea de crédito verde, verificada',
    pt: 'Laticínio, Colômbia: recuperação de calor, inversores e reúso de água com uma linha de crédito verde, verificado',
    en: 'Dairy plant, Colombia: heat recovery, drives and water reuse on a green credit line, verified',
  },
  'central-america-dairy-energy-risk': {
    es: 'Mipyme láctea, Centroamérica: 20 % de ahorro de recursos y riesgo de precio de la energía',
    pt: 'MPE de laticínios, América Central: 20 % de economia de recursos e risco de preço da energia',
    en: 'Dairy MSME, Central America: 20 % resource savings and energy-price risk',
  },
  'bolivia-ep3-portfolio': {
    es: 'EP3 Bolivia: medidas recomendadas aplicadas en siete plantas',
    pt: 'EP3 Bolívia: medidas recomendadas implementadas em sete plantas',
    en: 'EP3 Bolivia: recommended measures implemented in seven plants',
  },
};

/** The UI language a browser locale seeds the samples in: es-* and pt-* their own, anything else English. */
export function seededLanguage(locale: string): 'es' | 'pt' | 'en' {
  const lang = locale.toLowerCase().split('-')[0];
  return lang === 'es' || lang === 'pt' ? lang : 'en';
}

/** A sample's seeded name for a browser locale (es-BO, the tests' default, seeds Spanish). */
export function sampleTitle(sample: string, locale = 'es-BO'): string {
  const titles = (SAMPLE_TITLE as Record<string, Record<'es' | 'pt' | 'en', string>>)[sample];
  if (!titles) throw new Error(`no seeded name written for sample ${sample}`);
  return titles[seededLanguage(locale)];
}

/** Seeded measure and resource names the specs look for, per UI language. */
export const SAMPLE_WORDS = {
  highEfficiencyBoiler: { es: 'Caldera de alta eficiencia', en: 'High-efficiency boiler' },
  automaticDosing: {
    es: 'Dosificación automática y teñido correcto a la primera',
    en: 'Automatic dosing and right-first-time dyeing',
  },
  gridElectricity: { es: 'Electricidad de la red', pt: 'Eletricidade da rede', en: 'Grid electricity' },
} as const;

/** Seeded measure names in Spanish, by id, of the samples whose measures the specs find by name. */
export const MEASURES_ES: Record<
  'colombia-dairy-verified-rebate' | 'colombia-green-credit-rebate',
  Record<string, string>
> = {
  'colombia-dairy-verified-rebate': {
    heat_recovery: 'Recuperación de calor del pasteurizador y retorno de condensados',
    vsd: 'Variadores de velocidad en los compresores de refrigeración',
    cip_reuse: 'Reúso del enjuague final del CIP',
  },
  'colombia-green-credit-rebate': {
    fuel_switch: 'Reemplazo de la caldera de carbón por una de gas',
    vsd: 'Variadores de velocidad en bombas y ventiladores',
  },
};
