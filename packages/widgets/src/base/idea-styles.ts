import { css } from 'lit';
import { formStyles } from './form-styles.ts';
import { sharedStyles } from './shared-styles.ts';

/**
 * What the idea form and the idea board share: every widget's look, the form pattern, and their
 * card, headings, statuses, errors, supports and skeleton.
 */
export const ideaStyles = [
  sharedStyles,
  formStyles,
  css`
    .base {
      padding: 1.25em;
      border: 1px solid var(--_card-border);
      border-radius: var(--_radius);
      background: var(--_background);
      display: grid;
      gap: 1em;
      overflow-wrap: anywhere;
    }
    form,
    .status {
      display: grid;
      gap: 1em;
    }
    .heading {
      font-weight: 700;
      line-height: 1.3;
      font-size: 1.125em;
    }
    #form-heading,
    #board-heading {
      font-size: 1.25em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
    }
    .meta {
      font-size: 0.9375em;
    }
    .status {
      gap: 0.25em;
    }
    .status.success {
      padding: 0.75em 1em;
      border-inline-start: 6px solid var(--_success);
      background: var(--inspraak-idea-success-background, #f0f7f2);
    }
    .status.success .heading {
      color: var(--_success);
    }
    button[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    button[aria-pressed='true']::before {
      content: '✓ ' / '';
    }
    ul.plain {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 0.75em;
    }
    .bar {
      block-size: 0.625em;
      border-radius: 999px;
      background: var(--inspraak-idea-bar-track-color, #e5e7eb);
      overflow: hidden;
    }
    .bar-fill {
      block-size: 100%;
      max-inline-size: 100%;
      border-radius: inherit;
      background: var(--inspraak-idea-bar-color, var(--_accent));
    }
    .skeleton {
      display: grid;
      gap: 0.75em;
      min-block-size: var(--_min-height);
      align-content: start;
    }
    .skeleton-line {
      display: block;
      block-size: var(--_target);
      border-radius: var(--_radius);
      background: var(--inspraak-idea-bar-track-color, #e5e7eb);
    }
    .skeleton-line.wide {
      block-size: 1.5em;
      inline-size: 70%;
    }
    .skeleton-line.tall {
      block-size: 8em;
    }
    @media (forced-colors: active) {
      .base,
      .error,
      .status.success {
        border-color: CanvasText;
      }
      button[aria-pressed='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
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
