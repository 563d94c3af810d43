import { css } from 'lit';
import { ideaStyles } from '../../base/idea-styles.ts';

export const styles = [
  ...ideaStyles,
  css`
    :host {
      --_card-border: var(--inspraak-idea-form-border-color, var(--inspraak-color-border-subtle, #d0d5dd));
      --_min-height: var(--inspraak-idea-form-min-height, 30em);
    }
    .similar {
      display: grid;
      gap: 0.5em;
      padding: 0.75em 1em;
      border-inline-start: 6px solid var(--_accent);
      background: color-mix(in srgb, var(--_accent) 6%, var(--_background));
    }
    .similar ul {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 0.75em;
    }
    .similar-idea {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 1em;
    }
    .similar-title {
      font-weight: 600;
      flex: 1 1 12em;
    }
    .receipt-link {
      padding: 0.5em 0.75em;
      border: 1px solid var(--_muted);
      font-family: ui-monospace, monospace;
      font-size: 0.9em;
      overflow-wrap: anywhere;
      user-select: all;
    }
    @media (forced-colors: active) {
      .similar {
        border-color: CanvasText;
      }
    }
  `,
];
