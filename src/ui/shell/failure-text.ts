import type { Translate } from '../../i18n/translate';
import type { Failure } from '../../state/failure';

/** A Failure in the user's language: engine failures by their reason, any other by its own text. */
export function failureText(t: Translate, failure: Failure): string {
  return failure.kind === 'engine'
    ? t(`failure.engine.${failure.reason}`, { detail: failure.detail })
    : t('failure.error', { detail: failure.detail });
}
