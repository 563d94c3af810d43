import { html, nothing, type TemplateResult } from 'lit';

/** What is wrong in each field of a form, by the field's name (which is also its control's id). */
export type FieldErrors = Partial<Record<string, string>>;

interface FieldInput {
  /** The control's `id` and `name`. */
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

/**
 * One field the GOV.UK way: label, hint, error, then the control, linked by `aria-describedby`.
 * `control` gets the ids to describe it by and whether it is invalid.
 */
export function field({ name, label, hint, error }: FieldInput, control: (describedBy: string, invalid: 'true' | 'false') => TemplateResult): TemplateResult {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${name}>${label}</label>
    ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="field-error" id="${name}-error">${error}</p>` : nothing}
    ${control(describedBy, error ? 'true' : 'false')}
  </div>`;
}

/** A one-line text or number field. */
export const inputField = (input: FieldInput & { value?: string | number | null; type?: 'text' | 'number' | 'url'; maxLength?: number; step?: string; inputMode?: string }): TemplateResult =>
  field(
    input,
    (describedBy, invalid) =>
      html`<input
        id=${input.name}
        name=${input.name}
        type=${input.type ?? 'text'}
        step=${input.step ?? nothing}
        inputmode=${input.inputMode ?? nothing}
        maxlength=${input.maxLength ?? nothing}
        .value=${input.value == null ? '' : String(input.value)}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${invalid}
      />`,
  );

export const textareaField = (input: FieldInput & { value?: string | null; rows?: number; maxLength?: number }): TemplateResult =>
  field(
    input,
    (describedBy, invalid) =>
      html`<textarea
        id=${input.name}
        name=${input.name}
        rows=${input.rows ?? 3}
        maxlength=${input.maxLength ?? nothing}
        .value=${input.value ?? ''}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${invalid}
      ></textarea>`,
  );

export const selectField = (input: FieldInput & { value: string; options: ReadonlyArray<{ value: string; label: string }> }): TemplateResult =>
  field(
    input,
    (describedBy, invalid) =>
      html`<select id=${input.name} name=${input.name} aria-describedby=${describedBy || nothing} aria-invalid=${invalid}>
        ${input.options.map((option) => html`<option value=${option.value} ?selected=${option.value === input.value}>${option.label}</option>`)}
      </select>`,
  );

/** Open or closed, for a board or a map (a poll has its own close action and dates). */
export const openOrClosedField = (
  texts: { subjectStatus: string; subjectStatuses: Record<'open' | 'closed', string> },
  value: 'open' | 'closed',
  hint: string,
): TemplateResult =>
  selectField({
    name: 'status',
    label: texts.subjectStatus,
    hint,
    value,
    options: (['open', 'closed'] as const).map((status) => ({ value: status, label: texts.subjectStatuses[status] })),
  });

/**
 * The error summary above a form: it takes focus after a failed submit (`focusErrorSummary`) and
 * links to each field; a link moves focus to its field (the address's hash is the console's route,
 * so the link is not followed).
 */
export function errorSummary(title: string, errors: FieldErrors, root: ParentNode): TemplateResult | typeof nothing {
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (entries.length === 0) return nothing;
  const focusField = (event: Event, name: string) => {
    event.preventDefault();
    root.querySelector<HTMLElement>(`#${CSS.escape(name)}`)?.focus();
  };
  return html`<div class="error error-summary" tabindex="-1" role="alert" aria-labelledby="summary-title">
    <p class="error-title" id="summary-title">${title}</p>
    <ul>
      ${entries.map(([name, message]) => html`<li><a href="#${name}" @click=${(event: Event) => focusField(event, name)}>${message}</a></li>`)}
    </ul>
  </div>`;
}

/** After a render with errors: focus on the summary, so a screen reader reads what to fix. */
export const focusErrorSummary = (root: ParentNode): void => root.querySelector<HTMLElement>('.error-summary')?.focus();
