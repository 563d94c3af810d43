/**
 * The GOV.UK form pattern, shared by every widget form: label → hint → error message → control,
 * in one shadow root (ARIA references cannot cross it), joined by `aria-describedby`, so a screen
 * reader reads the hint and the error as the control's description. An error summary above the
 * form takes focus after a failed submit and links to each field.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface FieldOptions {
  /** The control's id; the hint is `<id>-hint`, the error `<id>-error`, the counter `<id>-count`. */
  id: string;
  label: string;
  hint?: string | undefined;
  /** The error text, shown after a visually hidden "Error:" prefix. */
  error?: string | undefined;
  errorPrefix: string;
  /** A character count below the control (`characterCount()`). */
  count?: TemplateResult | undefined;
  /** Renders the control with its `aria-describedby` and `aria-invalid` values. */
  control: (describedBy: string, invalid: 'true' | typeof nothing) => TemplateResult;
}

/** One field: its parts, in the GOV.UK order, each with a `part` name (`field`, `label`, `hint`, `error-message`). */
export function formField({ id, label, hint, error, errorPrefix, count, control }: FieldOptions): TemplateResult {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, count && `${id}-info`].filter(Boolean).join(' ');
  return html`<div part="field" class="field ${error ? 'has-error' : ''}">
    <label part="label" class="label" for=${id}>${label}</label>
    ${hint ? html`<p part="hint" class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${error
      ? html`<p part="error-message" class="error-message" id="${id}-error"><span class="visually-hidden">${errorPrefix} </span>${error}</p>`
      : nothing}
    ${control(describedBy, error ? 'true' : nothing)} ${count ?? nothing}
  </div>`;
}

/**
 * A character count after the GOV.UK one: the limit in words the control's description carries
 * (`<id>-info`), the count that follows each keystroke for the eye only, and a polite live region
 * elsewhere (`CharacterCountAnnouncer`) that says the count once typing pauses.
 */
export function characterCount(id: string, info: string, visible: string, over: boolean): TemplateResult {
  return html`<p part="count" class="count ${over ? 'over' : ''}">
    <span class="visually-hidden" id="${id}-info">${info}</span><span aria-hidden="true">${visible}</span>
  </p>`;
}

export interface SummaryError {
  /** The id of the field's control. */
  id: string;
  message: string;
}

/**
 * The error summary: a heading and a link per problem. It is an alert and takes focus (the caller
 * focuses `#error-summary`); a link moves focus to its field, which a fragment link cannot do
 * inside a shadow root.
 */
export function errorSummary(title: string, errors: SummaryError[], level: number, onLink: (id: string) => void): TemplateResult {
  return html`<div part="error-summary" class="error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    <div role="heading" aria-level=${Math.min(Math.max(level, 1), 6)} class="heading" id="error-summary-title">${title}</div>
    <ul>
      ${errors.map(
        (error) =>
          html`<li>
            <a
              href="#${error.id}"
              @click=${(event: Event) => {
                event.preventDefault();
                onLink(error.id);
              }}
              >${error.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/** Moves focus to a field and scrolls its label into view (the control alone may hide its label). */
export function focusField(root: ParentNode & { getElementById?(id: string): HTMLElement | null }, id: string): void {
  const control = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  control?.closest('.field')?.scrollIntoView({ block: 'start' });
  control?.focus({ preventScroll: true });
}
