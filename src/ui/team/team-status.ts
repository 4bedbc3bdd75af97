/** The team's status in words (#13): what the Team button and panel say, most urgent first. */
import type { Translate } from '../../i18n/translate';
import type { SyncSnapshot } from '../../persistence/sync/sync-engine';

export type StatusTone = 'ok' | 'busy' | 'warn' | 'error' | 'none';

export function clockTime(ms: number, language: string): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(ms));
}

/** Sentences for the current state: the phase, then conflicts and changes waiting. */
export function statusWords(
  t: Translate,
  snapshot: SyncSnapshot | null,
  connected: boolean,
  language: string,
): { words: string[]; tone: StatusTone } {
  if (!connected || !snapshot) return { words: [t('team.status.none')], tone: 'none' };
  const words: string[] = [];
  let tone: StatusTone = 'ok';
  const phase = snapshot.phase;
  if (phase.kind === 'denied') return { words: [t('team.status.denied')], tone: 'error' };
  if (phase.kind === 'signed-out') return { words: [t('team.status.signedOut')], tone: 'error' };
  if (phase.kind === 'offline') {
    words.push(t('team.status.offline', { time: clockTime(phase.since, language) }));
    tone = 'warn';
  } else if (
    (phase.kind === 'syncing' || phase.kind === 'starting') &&
    (phase.kind === 'starting' || phase.pulled > 0 || snapshot.lastSync === null)
  ) {
    // Each cycle starts as "syncing" and is usually over at once: "Synced" stays on screen then,
    // except before the first sync of this session has finished (a first sync of thousands).
    const count = new Intl.NumberFormat(language).format(phase.kind === 'syncing' ? phase.pulled : 0);
    words.push(t('team.status.syncing', { count }));
    tone = 'busy';
  }
  if (snapshot.conflicts > 0) {
    words.push(
      snapshot.conflicts === 1
        ? t('team.status.conflictOne')
        : t('team.status.conflicts', { count: snapshot.conflicts }),
    );
    tone = 'warn';
  }
  if (snapshot.pending > 0)
    words.push(
      snapshot.pending === 1 ? t('team.status.waitingOne') : t('team.status.waiting', { count: snapshot.pending }),
    );
  if (words.length === 0) words.push(t('team.status.synced'));
  return { words, tone };
}
