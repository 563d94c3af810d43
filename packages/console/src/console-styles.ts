import { css } from 'lit';

/**
 * The console's look on top of the widgets' shared styles (the same tokens, focus ring and 44 px
 * targets): wider, with tables, fieldsets and code blocks that staff work with.
 */
export const consoleStyles = css`
  :host {
    max-inline-size: none;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  p {
    margin-block: 0 0.75em;
  }
  .field p,
  .actions p {
    margin: 0;
  }
  section + section {
    margin-block-start: 2em;
  }
  a {
    color: var(--_accent);
  }
  label,
  legend {
    display: block;
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
  }
  input,
  textarea,
  select {
    font: inherit;
    display: block;
    inline-size: 100%;
    max-inline-size: 40em;
    min-block-size: var(--_target);
    padding: 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: inherit;
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin-block-end: 1em;
  }
  .field-error {
    color: var(--_error);
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.5em;
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }
  pre {
    margin: 0;
    padding: 0.75em;
    overflow-x: auto;
    white-space: pre-wrap;
    word-break: break-all;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_border) 12%, var(--_background));
  }
  .card {
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block-end: 1em;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-size: 0.875em;
  }
  img.qr {
    display: block;
    background: #fff;
  }
  .overdue {
    color: var(--_error);
  }
  /* A checkbox beside its label, the whole row a 44 px target. */
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_target);
    margin-block-end: 0.5em;
  }
  .check input {
    inline-size: 1.5em;
    min-block-size: 1.5em;
    margin: 0;
  }
  .check label {
    font-weight: normal;
    padding-block: 0.5em;
  }
  .shortcuts {
    margin-block-end: 1em;
  }
  .shortcuts summary {
    min-block-size: var(--_target);
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  .shortcuts dl div {
    display: flex;
    gap: 0.75em;
  }
  .shortcuts dd {
    margin: 0;
  }
  kbd {
    font: inherit;
    font-weight: 600;
    display: inline-block;
    min-inline-size: 1.5em;
    text-align: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  ul.photos {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  ul.photos img {
    display: block;
    block-size: 6em;
    inline-size: auto;
    border-radius: var(--_radius);
  }
  /* A wide table scrolls sideways on a narrow screen, inside its own region (the page does not). */
  .table-scroll {
    overflow-x: auto;
    margin-block-end: 1em;
  }
  .table-scroll table {
    min-inline-size: 40em;
  }
  /* After "Load more", focus is on the first new entry: show where reading goes on. */
  .table-scroll th:focus {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  summary {
    display: flex;
    align-items: center;
    min-block-size: var(--_target);
    cursor: pointer;
    color: var(--_accent);
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5em;
    overflow-wrap: anywhere;
  }
  .before {
    text-decoration: line-through;
  }
  ul.plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }
`;
