import { css } from 'lit';
import { sharedStyles } from '../../base/shared-styles.ts';

export const styles = [
  sharedStyles,
  css`
    .base {
      padding: 1.25em;
      border: 1px solid var(--inspraak-poll-border-color, var(--inspraak-color-border-subtle, #d0d5dd));
      border-radius: var(--_radius);
      background: var(--_background);
      display: grid;
      gap: 1em;
      overflow-wrap: anywhere;
    }
    form,
    .results,
    .status {
      display: grid;
      gap: 1em;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
      display: grid;
      gap: 0.75em;
    }
    legend {
      padding: 0;
      margin-block-end: 0.5em;
    }
    .heading {
      font-weight: 700;
      line-height: 1.3;
    }
    .question {
      font-size: var(--inspraak-poll-question-size, 1.25em);
    }
    .hint,
    .meta {
      color: var(--_muted);
    }
    .meta {
      font-size: 0.9375em;
    }

    /* Choices: the whole row is the target; the chosen one stands out by more than colour. */
    .options {
      display: grid;
      gap: 0.5em;
    }
    .option {
      display: flex;
      align-items: center;
      gap: 0.75em;
      min-block-size: var(--_target);
      padding: 0.5em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }
    .option:hover {
      border-color: var(--_accent);
    }
    .option:has(:checked) {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
      background: var(--inspraak-poll-selected-background, color-mix(in srgb, var(--_accent) 8%, var(--_background)));
    }
    .option input {
      flex: none;
      inline-size: 1.5em;
      block-size: 1.5em;
      margin: 0;
      accent-color: var(--_accent);
      cursor: pointer;
    }
    .option:has(input:focus-visible) {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .option input:focus-visible {
      outline: none;
    }
    .error-message {
      color: var(--_error);
      font-weight: 600;
      padding-inline-start: 0.75em;
      border-inline-start: 4px solid var(--_error);
    }
    fieldset:has(.error-message) .option {
      border-color: var(--_error);
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
    }

    /* Outcomes */
    .status {
      gap: 0.25em;
    }
    .status.success {
      padding: 0.75em 1em;
      border-inline-start: 6px solid var(--_success);
      background: var(--inspraak-poll-success-background, #f0f7f2);
    }
    .status.success .heading {
      color: var(--_success);
    }
    .status.success .heading::before {
      content: '✓ ' / '';
    }

    /* Results: text first, the bar only repeats it for the eye. */
    .results-list {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 0.75em;
    }
    .result {
      display: grid;
      gap: 0.25em;
    }
    .result-text {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      column-gap: 1em;
    }
    .result-label {
      font-weight: 600;
    }
    .mine-label {
      font-weight: 400;
      color: var(--_muted);
    }
    .bar {
      block-size: 0.625em;
      border-radius: 999px;
      background: var(--inspraak-poll-bar-track-color, #e5e7eb);
      overflow: hidden;
    }
    .bar-fill {
      block-size: 100%;
      max-inline-size: 100%;
      border-radius: inherit;
      background: var(--inspraak-poll-bar-color, var(--_accent));
    }
    @media (prefers-reduced-motion: no-preference) {
      .bar-fill {
        transition: width 0.6s ease-out;
        animation: grow 0.6s ease-out;
      }
    }
    @keyframes grow {
      from {
        width: 0;
      }
    }

    /* Reserve about the space of a poll, so the page does not jump when it arrives. */
    .skeleton {
      display: grid;
      gap: 0.75em;
      min-block-size: var(--inspraak-poll-min-height, 15em);
      align-content: start;
    }
    .skeleton-line {
      display: block;
      block-size: var(--_target);
      border-radius: var(--_radius);
      background: var(--inspraak-poll-bar-track-color, #e5e7eb);
    }
    .skeleton-line.wide {
      block-size: 1.5em;
      inline-size: 70%;
    }

    @media (forced-colors: active) {
      .base,
      .option,
      .error,
      .status.success {
        border-color: CanvasText;
      }
      .option:has(:checked) {
        outline: 2px solid Highlight;
      }
      .error-message {
        border-color: CanvasText;
      }
      .bar {
        border: 1px solid CanvasText;
      }
      .bar-fill,
      .skeleton-line {
        forced-color-adjust: none;
        background: Highlight;
      }
    }
  `,
];
