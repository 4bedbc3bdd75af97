/** Why a calculation failed (#17 item 2): engine failures by their reason, in the user's language. */
import type { FeatureCatalogue } from './feature';

export const failureEn = {
  'failure.engine.deadline': 'the calculation engine did not answer within {detail} ms',
  'failure.engine.aborted': 'the calculation was cancelled',
  'failure.engine.crashed': 'the calculation engine stopped',
  'failure.engine.internal': 'the calculation engine failed on this calculation',
  'failure.engine.invalid-reply': 'the calculation engine gave an answer the app cannot read',
  'failure.engine.terminated': 'the calculation engine was restarted while this ran',
  'failure.error': '{detail}',
} as const;

export const failureEs: FeatureCatalogue<typeof failureEn> = {
  'failure.engine.deadline': 'el motor de cálculo no respondió en {detail} ms',
  'failure.engine.aborted': 'el cálculo se canceló',
  'failure.engine.crashed': 'el motor de cálculo se detuvo',
  'failure.engine.internal': 'el motor de cálculo falló en este cálculo',
  'failure.engine.invalid-reply': 'el motor de cálculo dio una respuesta que la aplicación no puede leer',
  'failure.engine.terminated': 'el motor de cálculo se reinició mientras esto corría',
  'failure.error': '{detail}',
};

export const failurePt: FeatureCatalogue<typeof failureEn> = {
  'failure.engine.deadline': 'o motor de cálculo não respondeu em {detail} ms',
  'failure.engine.aborted': 'o cálculo foi cancelado',
  'failure.engine.crashed': 'o motor de cálculo parou',
  'failure.engine.internal': 'o motor de cálculo falhou neste cálculo',
  'failure.engine.invalid-reply': 'o motor de cálculo deu uma resposta que o aplicativo não consegue ler',
  'failure.engine.terminated': 'o motor de cálculo foi reiniciado enquanto isto rodava',
  'failure.error': '{detail}',
};
