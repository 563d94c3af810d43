import { html, nothing, type TemplateResult } from 'lit';
import { errorTextKey, isRetryable, type ErrorTextKey } from './error-messages.ts';
import type { Localizer, Translation } from './localize.ts';

/** The texts a failed load shows; every widget's locale has them. */
type LoadErrorTexts = Translation & Record<ErrorTextKey | 'loadFailed' | 'requestId' | 'retry', string>;

/**
 * A widget whose data could not be loaded: what happened and what to do, the request id for the
 * city's support desk, and a retry button when trying again can help.
 */
export function renderLoadError<T extends LoadErrorTexts>(l: Localizer<T>, error: unknown, onRetry: () => void): TemplateResult {
  const requestId = (error as { requestId?: string } | undefined)?.requestId;
  return html`<div part="error" class="error" role="alert">
      <p class="error-title">${l.t('loadFailed')}</p>
      <p>${l.t(errorTextKey(error))}</p>
      ${requestId ? html`<p class="meta">${l.t('requestId', { id: requestId })}</p>` : nothing}
    </div>
    ${isRetryable(error)
      ? html`<div class="actions">
          <button type="button" part="button retry-button" class="primary" @click=${onRetry}>${l.t('retry')}</button>
        </div>`
      : nothing}`;
}
