import { css } from 'lit';
import { formStyles } from '../../base/form-styles.ts';
import { sharedStyles } from '../../base/shared-styles.ts';

export const styles = [
  sharedStyles,
  formStyles,
  css`
    :host {
      max-inline-size: 48em;
      --_card-border: var(--inspraak-feedback-map-border-color, var(--inspraak-color-border-subtle, #d0d5dd));
    }
    .base {
      padding: 1.25em;
      border: 1px solid var(--_card-border);
      border-radius: var(--_radius);
      background: var(--_background);
      display: grid;
      gap: 1.25em;
      overflow-wrap: anywhere;
      min-block-size: var(--inspraak-feedback-map-min-height, 36em);
      align-content: start;
    }
    form,
    section,
    .status,
    .place {
      display: grid;
      gap: 1em;
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
      margin-block-end: 0.25em;
      font-weight: 700;
    }
    .heading {
      font-weight: 700;
      line-height: 1.3;
      font-size: 1.125em;
    }
    .title {
      font-size: 1.25em;
    }
    .actions,
    .search-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      align-items: end;
    }
    .search-row .combobox {
      flex: 1 1 14em;
      position: relative;
    }
    [role='listbox'] {
      position: absolute;
      z-index: 1000;
      inset-inline: 0;
      margin: 0;
      padding: 0;
      list-style: none;
      background: var(--_background);
      border: 2px solid var(--_border);
      border-block-start: 0;
    }
    [role='option'] {
      min-block-size: var(--_target);
      padding: 0.5em;
      cursor: pointer;
    }
    [role='option'][aria-selected='true'],
    [role='option']:hover {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .choice {
      display: flex;
      gap: 0.75em;
      align-items: center;
      min-block-size: var(--_target);
    }
    .chosen,
    .duplicates {
      padding: 0.5em 0.75em;
      border-inline-start: 6px solid var(--_accent);
      background: color-mix(in srgb, var(--_accent) 6%, var(--_background));
    }
    .meta {
      font-size: 0.9375em;
    }
    .map-frame {
      position: relative;
      display: grid;
      gap: 0.5em;
    }
    .map {
      block-size: var(--inspraak-feedback-map-height, 24em);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--inspraak-feedback-map-placeholder-color, #e5e7eb);
    }
    .map-stage {
      position: relative;
    }
    .attribution {
      font-size: 0.8125em;
    }
    ul.reports {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 0.75em;
    }
    .report {
      display: grid;
      gap: 0.25em;
      padding-block-end: 0.75em;
      border-block-end: 1px solid var(--_card-border);
    }
    .report-title {
      font-weight: 700;
    }
    button[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    button[aria-pressed='true']::before {
      content: '✓ ' / '';
    }
    .photos {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .photos img {
      display: block;
      inline-size: 8em;
      block-size: 6em;
      object-fit: cover;
      border-radius: var(--_radius);
    }
    input[type='file'] {
      min-block-size: var(--_target);
    }
    /* A notice is the shared error box (shared-styles.ts, class "error notice") in a calm colour. */
    .notice {
      border-color: var(--_border);
    }
    .skeleton {
      display: grid;
      gap: 0.75em;
    }
    .skeleton-line {
      display: block;
      block-size: var(--_target);
      border-radius: var(--_radius);
      background: var(--inspraak-feedback-map-placeholder-color, #e5e7eb);
    }
    .skeleton-line.tall {
      block-size: 20em;
    }
    @media (forced-colors: active) {
      .base,
      .map,
      .error,
      .notice,
      .chosen,
      .duplicates {
        border-color: CanvasText;
      }
      button[aria-pressed='true'],
      [role='option'][aria-selected='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-color: CanvasText;
      }
      .skeleton-line {
        forced-color-adjust: none;
        background: GrayText;
      }
    }
  `,
];
