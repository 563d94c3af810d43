import { css } from 'lit';

/**
 * The look of the GOV.UK form pattern in the widgets: fields, hints, errors with a bar in the
 * margin, an error summary, character counts, and text controls of at least 44 px.
 */
export const formStyles = css`
  select,
  textarea {
    font: inherit;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .field.has-error {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_error);
  }
  .label {
    font-weight: 700;
  }
  .hint,
  .count,
  .meta {
    color: var(--_muted);
  }
  .error-message {
    color: var(--_error);
    font-weight: 600;
  }
  .count.over {
    color: var(--_error);
    font-weight: 600;
  }
  input[type='text'],
  textarea,
  select {
    min-block-size: var(--_target);
    inline-size: 100%;
    padding: 0.4em 0.5em;
    border: 2px solid var(--inspraak-color-input-border, #505a5f);
    border-radius: 0;
    background: var(--_background);
    color: inherit;
  }
  textarea {
    min-block-size: 6em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  input[type='radio'] {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .error-summary {
    display: grid;
    gap: 0.5em;
    padding: 1em;
    border: 4px solid var(--_error);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .field.has-error,
    .error-summary,
    [aria-invalid='true'] {
      border-color: CanvasText;
    }
  }
`;
