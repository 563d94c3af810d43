import { css } from 'lit';

/** The shell: a header bar, the sections as a row of links, the screen below. */
export const shellStyles = css`
  :host {
    display: block;
    padding: 0 1em 2em;
  }
  .skip {
    position: absolute;
    inset-inline-start: -999em;
  }
  .skip:focus {
    position: static;
    display: inline-block;
    padding: 0.5em;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    padding-block: 0.75em;
    border-block-end: 2px solid var(--_border);
  }
  .brand {
    font-weight: 700;
    margin-inline-end: auto;
  }
  header p {
    margin: 0;
  }
  .site-picker {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .site-picker select {
    inline-size: auto;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    list-style: none;
    padding: 0;
    margin: 1em 0;
  }
  nav a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    font-weight: 600;
  }
  nav a[aria-current='page'] {
    text-decoration-thickness: 0.2em;
    text-underline-offset: 0.3em;
  }
  main:focus {
    outline: none;
  }
`;
