/** Messages of working offline and of updates to the app itself (src/ui/shell/UpdateNotice.svelte). */
import { long } from './long';
import type { FeatureCatalogue } from './feature';

export const offlineEn = {
  'offline.ready': 'Ready to work offline: from now on the app opens without internet, on this device.',
  'offline.ok': 'OK',
  'update.available': 'A new version of the app is available. Your work is saved before it reloads.',
  'update.reload': 'Reload now',
  'update.later': 'Later',
  'update.waiting': 'New version',
  'update.waitingTitle': 'A new version is ready: reload when it suits you',
  'update.saving': 'Saving your work before reloading…',
  'update.reloading': 'Reloading…',
  'update.blocked':
    'Your latest edits could not be saved, so the app was not reloaded. Check the save status, then try again.',
  'update.retry': 'Try again',
} as const;

export const offlineEs: FeatureCatalogue<typeof offlineEn> = {
  'offline.ready': 'Lista para trabajar sin conexión: desde ahora la aplicación abre sin internet en este dispositivo.',
  'offline.ok': 'Entendido',
  'update.available': 'Hay una nueva versión de la aplicación. Su trabajo se guarda antes de recargar.',
  'update.reload': 'Recargar ahora',
  'update.later': 'Más tarde',
  'update.waiting': 'Nueva versión',
  'update.waitingTitle': 'Hay una nueva versión lista: recargue cuando le convenga',
  'update.saving': 'Guardando su trabajo antes de recargar…',
  'update.reloading': 'Recargando…',
  'update.blocked': long(
    'Sus últimos cambios no se pudieron guardar, así que la aplicación no se recargó. Revise el estado de guardado ',
    'y vuelva a intentarlo.',
  ),
  'update.retry': 'Reintentar',
};

export const offlinePt: FeatureCatalogue<typeof offlineEn> = {
  'offline.ready': 'Pronto para trabalhar offline: a partir de agora o aplicativo abre sem internet neste dispositivo.',
  'offline.ok': 'Entendi',
  'update.available': 'Há uma nova versão do aplicativo. Seu trabalho é salvo antes de recarregar.',
  'update.reload': 'Recarregar agora',
  'update.later': 'Mais tarde',
  'update.waiting': 'Nova versão',
  'update.waitingTitle': 'Uma nova versão está pronta: recarregue quando for conveniente',
  'update.saving': 'Salvando seu trabalho antes de recarregar…',
  'update.reloading': 'Recarregando…',
  'update.blocked':
    'Suas últimas alterações não puderam ser salvas, por isso o aplicativo não foi recarregado. Verifique ' +
    'o estado do salvamento e tente de novo.',
  'update.retry': 'Tentar de novo',
};
