/** Messages of the conflict screen (#13) beyond team.ts: what differs, and several versions from other sites. */
import type { FeatureCatalogue } from './feature';

export const teamConflictEn = {
  'team.diff.sameInputs': 'The inputs are the same in both versions. What differs: {fields}.',
  'team.diff.also': 'Also different: {fields}.',
  'team.diff.sameContent': 'Both versions have the same content: only who saved them and when differ.',
  'team.diff.name': 'the name',
  'team.diff.notes': 'the notes',
  'team.diff.rowNames': 'the names of resources or measures',
  'team.diff.application': 'the credit application (applicant, stage, recommendation)',
  'team.diff.verification': 'the verification records',
  'team.diff.draft': 'text typed but not yet valid (a draft)',
  'team.leaf.count': 'Version {index} of {count} from other sites',
  'team.leaf.next': 'After this choice, the next one is shown.',
} as const;

export const teamConflictEs: FeatureCatalogue<typeof teamConflictEn> = {
  'team.diff.sameInputs': 'Los datos de entrada son iguales en ambas versiones. Lo que cambia: {fields}.',
  'team.diff.also': 'También cambia: {fields}.',
  'team.diff.sameContent': 'Las dos versiones tienen el mismo contenido: solo cambian quién las guardó y cuándo.',
  'team.diff.name': 'el nombre',
  'team.diff.notes': 'las notas',
  'team.diff.rowNames': 'los nombres de recursos o medidas',
  'team.diff.application': 'la solicitud de crédito (solicitante, etapa, recomendación)',
  'team.diff.verification': 'los registros de verificación',
  'team.diff.draft': 'texto escrito que aún no es válido (un borrador)',
  'team.leaf.count': 'Versión {index} de {count} de otras sedes',
  'team.leaf.next': 'Después de esta elección se muestra la siguiente.',
};

export const teamConflictPt: FeatureCatalogue<typeof teamConflictEn> = {
  'team.diff.sameInputs': 'Os dados de entrada são iguais nas duas versões. O que muda: {fields}.',
  'team.diff.also': 'Também muda: {fields}.',
  'team.diff.sameContent': 'As duas versões têm o mesmo conteúdo: só mudam quem as salvou e quando.',
  'team.diff.name': 'o nome',
  'team.diff.notes': 'as notas',
  'team.diff.rowNames': 'os nomes de recursos ou medidas',
  'team.diff.application': 'o pedido de crédito (solicitante, etapa, recomendação)',
  'team.diff.verification': 'os registros de verificação',
  'team.diff.draft': 'texto digitado que ainda não é válido (um rascunho)',
  'team.leaf.count': 'Versão {index} de {count} de outras sedes',
  'team.leaf.next': 'Depois desta escolha, a seguinte é mostrada.',
};
