import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import type { SyncSnapshot } from '../../persistence/sync/sync-engine';
import { statusWords } from './team-status';

const base: SyncSnapshot = {
  phase: { kind: 'listening' },
  pending: 0,
  conflicts: 0,
  quarantined: 0,
  lastSync: 0,
  refused: [],
};
const en = translator('en');
const es = translator('es');

describe('the team status in words', () => {
  it('says synced, changes waiting, conflicts, offline since a time, access denied', () => {
    expect(statusWords(en, base, true, 'en').words).toEqual(['Synced']);
    expect(statusWords(en, { ...base, pending: 3 }, true, 'en').words).toEqual(['3 changes waiting']);
    expect(statusWords(en, { ...base, conflicts: 1, pending: 2 }, true, 'en')).toEqual({
      words: ['1 conflict', '2 changes waiting'],
      tone: 'warn',
    });
    const since = new Date(2026, 11, 2, 10, 42).getTime();
    expect(
      statusWords(
        en,
        { ...base, phase: { kind: 'offline', since, retryAt: since + 1000, failure: 'network', detail: '' } },
        true,
        'en',
      ).words[0],
    ).toMatch(/^Offline since 10:42/);
    expect(
      statusWords(
        es,
        { ...base, phase: { kind: 'offline', since, retryAt: since + 1000, failure: 'network', detail: '' } },
        true,
        'es',
      ).words[0],
    ).toBe('Sin conexión desde las 10:42');
    expect(statusWords(es, { ...base, phase: { kind: 'denied', detail: '' } }, true, 'es')).toEqual({
      words: ['Acceso denegado'],
      tone: 'error',
    });
    expect(statusWords(en, null, false, 'en').words).toEqual(['Not connected']);
  });

  it('says syncing, not synced, until the first sync of the session is done; later cycles stay "synced"', () => {
    const first = { ...base, lastSync: null, phase: { kind: 'syncing', pulled: 0 } } as const;
    expect(statusWords(en, first, true, 'en').words).toEqual(['Syncing… 0 received']);
    expect(statusWords(es, { ...first, phase: { kind: 'syncing', pulled: 24000 } }, true, 'es').words).toEqual([
      'Sincronizando… 24.000 recibidos',
    ]);
    expect(statusWords(en, { ...first, lastSync: 5 }, true, 'en').words).toEqual(['Synced']);
  });
});
