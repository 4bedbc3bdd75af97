/**
 * The sample scenarios' own words in Spanish and Portuguese (issue 16, part 2). The files in
 * public/examples stay as the team ships them (English; a test holds them byte-equal to the
 * shared copies); the first run seeds, and "new from a sample" creates, the user's language by
 * replacing the scenario's name, its resource and measure names and the verification's
 * production unit, looked up by sample and id. Numbers, ids and formulas are untouched, so the
 * expected files still apply. English is the file itself.
 */
import type { SampleName } from '../model/samples';
import type { UiLanguage } from './locale';

/** A sample's words in one language: names by resource and measure id. */
export interface SampleText {
  name: string;
  resources: Readonly<Record<string, string>>;
  measures: Readonly<Record<string, string>>;
  productionUnit?: string;
}

type Translated = Exclude<UiLanguage, 'en'>;

const GRID_ES = 'Electricidad de la red';
const GRID_PT = 'Eletricidade da rede';

export const SAMPLE_TEXT: Readonly<Record<SampleName, Readonly<Record<Translated, SampleText>>>> = {
  'bolivia-poultry-slaughterhouse': {
    es: {
      name: 'Matadero de pollos, Bolivia: paquete de agua, calor y electricidad',
      resources: {
        water: 'Agua de pozo y de red',
        electricity: GRID_ES,
        diesel: 'Diésel para la caldera de escaldado',
      },
      measures: {
        dry_cleaning: 'Limpieza en seco antes del lavado, boquillas con gatillo',
        heat_recovery: 'Recuperación del calor de la refrigeración para el agua de escaldado',
        motors_lighting: 'Motores e iluminación eficientes',
      },
    },
    pt: {
      name: 'Abatedouro de frangos, Bolívia: pacote de água, calor e eletricidade',
      resources: {
        water: 'Água de poço e da rede',
        electricity: GRID_PT,
        diesel: 'Diesel para a caldeira de escaldagem',
      },
      measures: {
        dry_cleaning: 'Limpeza a seco antes da lavagem, bicos com gatilho',
        heat_recovery: 'Recuperação do calor da refrigeração para a água de escaldagem',
        motors_lighting: 'Motores e iluminação eficientes',
      },
    },
  },
  'peru-textile-guaranteed-loan': {
    es: {
      name: 'Tintorería textil, Perú: préstamo garantizado de producción más limpia',
      resources: {
        natgas: 'Gas natural',
        electricity: GRID_ES,
        water: 'Agua',
        dyes: 'Colorantes y auxiliares',
      },
      measures: {
        boiler: 'Caldera de alta eficiencia',
        effluent_heat: 'Recuperación de calor del efluente de tintura',
        dye_control: 'Dosificación automática y teñido correcto a la primera',
      },
    },
    pt: {
      name: 'Tinturaria têxtil, Peru: empréstimo garantido de produção mais limpa',
      resources: {
        natgas: 'Gás natural',
        electricity: GRID_PT,
        water: 'Água',
        dyes: 'Corantes e auxiliares',
      },
      measures: {
        boiler: 'Caldeira de alta eficiência',
        effluent_heat: 'Recuperação de calor do efluente de tingimento',
        dye_control: 'Dosagem automática e tingimento certo na primeira vez',
      },
    },
  },
  'colombia-green-credit-rebate': {
    es: {
      name: 'Procesadora de alimentos, Colombia: cambio de carbón a gas con una línea de crédito verde',
      resources: { coal: 'Carbón bituminoso', natgas: 'Gas natural', electricity: GRID_ES },
      measures: {
        fuel_switch: 'Reemplazo de la caldera de carbón por una de gas',
        vsd: 'Variadores de velocidad en bombas y ventiladores',
      },
    },
    pt: {
      name: 'Processadora de alimentos, Colômbia: troca de carvão por gás com uma linha de crédito verde',
      resources: { coal: 'Carvão betuminoso', natgas: 'Gás natural', electricity: GRID_PT },
      measures: {
        fuel_switch: 'Substituição da caldeira a carvão por uma a gás',
        vsd: 'Inversores de frequência em bombas e ventiladores',
      },
    },
  },
  'colombia-dairy-verified-rebate': {
    es: {
      name:
        'Planta láctea, Colombia: recuperación de calor, variadores y reúso de agua con una línea de ' +
        'crédito verde, verificada',
      resources: { electricity: GRID_ES, natgas: 'Gas natural', water: 'Agua y tasa por vertimientos' },
      measures: {
        heat_recovery: 'Recuperación de calor del pasteurizador y retorno de condensados',
        vsd: 'Variadores de velocidad en los compresores de refrigeración',
        cip_reuse: 'Reúso del enjuague final del CIP',
      },
      productionUnit: 't de leche procesada',
    },
    pt: {
      name:
        'Laticínio, Colômbia: recuperação de calor, inversores e reúso de água com uma linha de crédito ' +
        'verde, verificado',
      resources: { electricity: GRID_PT, natgas: 'Gás natural', water: 'Água e tarifa de efluentes' },
      measures: {
        heat_recovery: 'Recuperação de calor do pasteurizador e retorno de condensado',
        vsd: 'Inversores de frequência nos compressores de refrigeração',
        cip_reuse: 'Reúso do enxágue final do CIP',
      },
      productionUnit: 't de leite processado',
    },
  },
  'central-america-dairy-energy-risk': {
    es: {
      name: 'Mipyme láctea, Centroamérica: 20 % de ahorro de recursos y riesgo de precio de la energía',
      resources: {
        electricity: GRID_ES,
        diesel: 'Diésel para la caldera',
        water: 'Agua',
        milk: 'Leche cruda perdida en el proceso',
      },
      measures: {
        housekeeping: 'Reparación de fugas y programa de CIP',
        insulation: 'Retorno de condensados y aislamiento de tuberías',
        pigging: 'Recuperación de producto (pigging) en las líneas de llenado',
        solar_pv: 'Solar fotovoltaica en el techo',
      },
    },
    pt: {
      name: 'MPE de laticínios, América Central: 20 % de economia de recursos e risco de preço da energia',
      resources: {
        electricity: GRID_PT,
        diesel: 'Diesel para a caldeira',
        water: 'Água',
        milk: 'Leite cru perdido no processamento',
      },
      measures: {
        housekeeping: 'Reparo de vazamentos e programação do CIP',
        insulation: 'Retorno de condensado e isolamento de tubulações',
        pigging: 'Recuperação de produto (pigging) nas linhas de envase',
        solar_pv: 'Solar fotovoltaica no telhado',
      },
    },
  },
  'bolivia-ep3-portfolio': {
    es: {
      name: 'EP3 Bolivia: medidas recomendadas aplicadas en siete plantas',
      resources: {},
      measures: {
        tanneries: 'Curtiembres (2 plantas)',
        textiles: 'Industria textil',
        chicken: 'Matadero de pollos',
        cattle: 'Matadero de bovinos',
        meat_packing: 'Empacadora de carne',
        brewery: 'Cervecería',
      },
    },
    pt: {
      name: 'EP3 Bolívia: medidas recomendadas implementadas em sete plantas',
      resources: {},
      measures: {
        tanneries: 'Curtumes (2 plantas)',
        textiles: 'Indústria têxtil',
        chicken: 'Abatedouro de frangos',
        cattle: 'Abatedouro de bovinos',
        meat_packing: 'Frigorífico de carnes',
        brewery: 'Cervejaria',
      },
    },
  },
};

function isSample(name: string): name is SampleName {
  return Object.hasOwn(SAMPLE_TEXT, name);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each `{id, name}` entry of a list renamed from `names`; other entries and keys as they were. */
function renamed(list: unknown, names: Readonly<Record<string, string>>): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((item: unknown) =>
    isObject(item) && typeof item.id === 'string' && Object.hasOwn(names, item.id)
      ? { ...item, name: names[item.id] }
      : item,
  );
}

/**
 * A sample's file (parsed JSON, not yet validated) in `language`: a new object with the words
 * replaced, or the file itself for English, an unknown sample or something that is not an object.
 */
export function sampleIn(sample: string, file: unknown, language: UiLanguage): unknown {
  if (language === 'en' || !isSample(sample) || !isObject(file)) return file;
  const text = SAMPLE_TEXT[sample][language];
  const out: Json = { ...file, name: text.name };
  if ('resources' in file) out.resources = renamed(file.resources, text.resources);
  if ('measures' in file) out.measures = renamed(file.measures, text.measures);
  if (text.productionUnit !== undefined && isObject(file.verification))
    out.verification = { ...file.verification, productionUnit: text.productionUnit };
  return out;
}

/** A sample file's text in `language` (the same JSON with the words replaced); text that is not JSON is returned as it is. */
export function sampleTextIn(sample: string, text: string, language: UiLanguage): string {
  if (language === 'en') return text;
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return text; // the parser downstream reports it
  }
  return JSON.stringify(sampleIn(sample, file, language));
}
