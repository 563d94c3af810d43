import { css } from 'lit';
import { ideaStyles } from '../../base/idea-styles.ts';

export const styles = [
  ...ideaStyles,
  css`
    :host {
      max-inline-size: 48em;
      --_card-border: var(--inspraak-idea-board-border-color, var(--inspraak-color-border-subtle, #d0d5dd));
      --_min-height: var(--inspraak-idea-board-min-height, 30em);
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em 1em;
    }
    .filter {
      display: grid;
      gap: 0.25em;
      flex: 1 1 10em;
    }
    .ideas {
      gap: 1em;
    }
    .idea {
      display: grid;
      gap: 0.5em;
      padding: 1em;
      border: 1px solid var(--_card-border);
      border-radius: var(--_radius);
    }
    .hidden-notice {
      margin: 0;
      color: var(--_muted);
    }
    .text {
      white-space: pre-line;
    }
    .support {
      display: grid;
      gap: 0.375em;
    }
    .progress {
      font-weight: 600;
    }
    .answer {
      display: grid;
      gap: 0.25em;
      padding: 0.75em 1em;
      border-inline-start: 6px solid var(--_accent);
      background: var(--inspraak-idea-answer-background, color-mix(in srgb, var(--_accent) 6%, var(--_background)));
    }
    .comments {
      display: grid;
      gap: 0.75em;
      padding-block-start: 0.5em;
      border-block-start: 1px solid var(--_card-border);
    }
    .comments[hidden] {
      display: none;
    }
    .comment,
    .comments li {
      display: grid;
      gap: 0.5em;
    }
    .replies {
      margin-block-start: 0.75em;
      padding-inline-start: 1em;
      border-inline-start: 3px solid var(--_card-border);
    }
    .comment-form,
    .flag-form {
      display: grid;
      gap: 0.75em;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
      display: grid;
      gap: 0.5em;
    }
    legend {
      padding: 0;
      margin-block-end: 0.5em;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 0.75em;
      min-block-size: var(--_target);
      cursor: pointer;
    }
    .notice {
      color: var(--_success);
      font-weight: 600;
    }
    @media (forced-colors: active) {
      .idea,
      .answer,
      .comments,
      .replies {
        border-color: CanvasText;
      }
    }
  `,
];
