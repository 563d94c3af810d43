import { css } from 'lit';

/**
 * What every widget looks like by default: the page's font and colours, sizes in `em` so the page's
 * text size (not a shrunken root font) decides, 44 px targets, a visible focus ring, tokens with
 * fallback chains, and a forced-colours mode that keeps every boundary visible.
 */
export const sharedStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    max-inline-size: 40em;
    color: var(--inspraak-color-text, inherit);
    line-height: 1.5;
    --_accent: var(--inspraak-color-accent, #0b57d0);
    --_on-accent: var(--inspraak-color-on-accent, #fff);
    --_muted: var(--inspraak-color-muted, #4b5563);
    --_background: var(--inspraak-color-background, #fff);
    --_border: var(--inspraak-color-border, #8a94a3);
    --_error: var(--inspraak-color-error, #b3261e);
    --_success: var(--inspraak-color-success, #146c2e);
    --_focus: var(--inspraak-color-focus, #1a1a1a);
    --_radius: var(--inspraak-radius, 0.5em);
    --_target: max(2.75em, 44px);
  }
  :host([hidden]) {
    display: none;
  }
  /* A failed call (every widget's load error and send error): what happened and what to do. */
  .error {
    display: grid;
    gap: 0.25em;
    padding: 0.75em 1em;
    border: 2px solid var(--_error);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
  }
  .error-title {
    font-weight: 700;
    color: var(--_error);
  }
  * {
    box-sizing: inherit;
  }
  button,
  input {
    font: inherit;
  }
  p {
    margin: 0;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0.5em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 600;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Headings take focus only to be read out after an action; they are not controls. */
  [tabindex='-1']:focus {
    outline: none;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
