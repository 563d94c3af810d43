import { css } from 'lit';

/** What only the drawn map needs (its markers, pin, crosshair, zoom buttons): it travels with Leaflet. */
export const mapLayerStyles = css`
:host {
  --_pin: var(--inspraak-feedback-map-pin-color, var(--inspraak-color-error, #b3261e));
  --_marker: var(--inspraak-feedback-map-marker-color, var(--_accent));
}
.crosshair {
  display: none;
  position: absolute;
  inset-block-start: 50%;
  inset-inline-start: 50%;
  inline-size: 2.5em;
  block-size: 2.5em;
  translate: -50% -50%;
  z-index: 1000;
  pointer-events: none;
  border: 3px solid var(--_focus);
  border-radius: 50%;
  box-shadow: 0 0 0 2px #fff;
}
.map:focus-visible + .crosshair {
  display: block;
}
.map-stage .zoom {
  position: absolute;
  inset-block-start: 0.5em;
  inset-inline-end: 0.5em;
  z-index: 1000;
  display: grid;
  gap: 0.25em;
}
.zoom button {
  padding: 0;
  background: var(--_background);
  color: var(--_accent);
  font-size: 1.25em;
  line-height: 1;
}
.cluster,
.report-marker .dot {
  display: grid;
  place-items: center;
  border-radius: 50%;
  border: 3px solid #fff;
  background: var(--_marker);
  color: var(--_on-accent);
  font-weight: 700;
  cursor: pointer;
}
.report-marker {
  display: grid;
  place-items: center;
  cursor: pointer;
}
.report-marker .dot {
  inline-size: 1.5em;
  block-size: 1.5em;
}

.cluster:focus-visible,
.report-marker:focus-visible {
  outline: 3px solid var(--_focus);
  outline-offset: 2px;
}
.pin-shape {
  display: block;
  inline-size: 100%;
  block-size: 100%;
  border-radius: 50% 50% 50% 0;
  rotate: -45deg;
  background: var(--_pin);
  border: 3px solid #fff;
  box-sizing: border-box;
}    @media (forced-colors: active) {
  .cluster,
  .report-marker .dot,
  .pin-shape {
    forced-color-adjust: none;
    background: Highlight;
    color: HighlightText;
    border-color: CanvasText;
  }
  .crosshair {
    border-color: Highlight;
  }
}
`;
