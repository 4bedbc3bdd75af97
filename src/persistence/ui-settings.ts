/** The interface settings record (`settings/ui`): which language the user chose, and how the key figures are shown. */
import type { UiLanguage } from '../i18n/locale';
import { z } from '../model/zod';
import type { AppDb } from './app-db';

// `satisfies` makes a language added to or dropped from src/i18n a type error here.
const languages = { es: true, en: true, pt: true } satisfies Record<UiLanguage, true>;

const uiSettingsV1 = z.object({
  version: z.literal(1),
  language: z.enum(Object.keys(languages) as [UiLanguage, ...UiLanguage[]]),
  /** The key-figure strip folded to one line (#15 item 2); absent in records written before. */
  figuresCollapsed: z.boolean().optional(),
});
export type UiSettings = z.infer<typeof uiSettingsV1>;

/** What reading found. An unreadable record is reported with its raw content, never replaced by defaults. */
export type UiSettingsRead =
  { kind: 'missing' } | { kind: 'found'; settings: UiSettings } | { kind: 'unreadable'; raw: unknown; problem: string };

/** The record's key in the `settings` store (src/persistence/early-db.ts reads it too). */
export const UI_SETTINGS_KEY = 'ui';

/** Reads and validates the stored settings. Later versions add a migration step per older version here. */
export async function readUiSettings(db: AppDb): Promise<UiSettingsRead> {
  return parseUiSettings(await db.get('settings', UI_SETTINGS_KEY));
}

/** Validates a stored settings record read raw (src/persistence/early-db.ts reads it at start). */
export function parseUiSettings(raw: unknown): UiSettingsRead {
  if (raw === undefined) return { kind: 'missing' };
  const parsed = uiSettingsV1.safeParse(raw);
  return parsed.success
    ? { kind: 'found', settings: parsed.data }
    : { kind: 'unreadable', raw, problem: z.prettifyError(parsed.error) };
}

export async function writeUiSettings(db: AppDb, settings: UiSettings): Promise<void> {
  await db.put('settings', uiSettingsV1.parse(settings), UI_SETTINGS_KEY);
}
