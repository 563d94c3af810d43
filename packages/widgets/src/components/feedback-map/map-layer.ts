/**
 * The map itself: Leaflet, in a chunk of its own that the feedback map imports only when it comes
 * near the viewport. Everything a resident can do here they can also do without it (address
 * search, location, the list); this layer adds pointing at the map, a keyboard crosshair, and the
 * reports as markers, clustered by the server. Leaflet positions elements through the CSSOM
 * (`element.style`), which a strict Content-Security-Policy allows; its CSS is adopted inside the
 * widget's shadow root (`leaflet.styles.ts`). Markers and controls are the widget's own: no images.
 */
// The module's types, also for a project that type-checks the widgets from another tsconfig (an app's).
/// <reference path="./leaflet.d.ts" />
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { FeedbackMap, ReportCluster, ReportClusters } from '@inspraak/sdk';

import { leafletStyles } from './leaflet.styles.ts';
import { mapLayerStyles } from './map-layer.styles.ts';

/** Leaflet's own CSS and the widget's map styles, for the widget to adopt in its shadow root. */
export const styleSheets = [leafletStyles.styleSheet!, mapLayerStyles.styleSheet!];

export interface MapLayerOptions {
  /** The element Leaflet draws into; the widget makes it focusable and labels it. */
  container: HTMLElement;
  map: FeedbackMap;
  /** Animate pans and zooms (off under `prefers-reduced-motion`). */
  animate: boolean;
  /** "23 meldingen: …" from a count and "Gat in de weg (12)"-like parts: a marker's accessible name. */
  summary(count: number, categories: string[]): string;
  /** The server's clusters of a box at a zoom level. */
  clusters(bbox: [number, number, number, number], zoom: number, signal: AbortSignal): Promise<ReportClusters>;
  /** The resident chose a place: by pointer, or with Enter on the crosshair. */
  onPick(lat: number, lng: number, how: 'pointer' | 'keyboard'): void;
  /** The keyboard crosshair (the map's centre) moved. */
  onCrosshair(lat: number, lng: number): void;
  /** The view changed (and settled): the reports to list are those inside `bbox`. */
  onView(bbox: [number, number, number, number]): void;
  /** A marker was chosen (click, Enter or Space); `label` says what it holds. */
  onCluster(cluster: ReportCluster, label: string): void;
  /** No tile could be loaded (tiles blocked or the tile server down). */
  onTilesFailed(): void;
}

export interface MapLayer {
  setPin(place: { lat: number; lng: number } | undefined, pan?: boolean): void;
  zoomBy(delta: number): void;
  destroy(): void;
}

/** Arrow keys move the view by this share of the map's size. */
const step = 0.125;

export function createMapLayer(options: MapLayerOptions): MapLayer {
  const { container, map: config, animate } = options;
  const { south, west, north, east } = config.bounds;
  const map = L.map(container, {
    center: [config.center.lat, config.center.lng],
    zoom: config.zoom,
    minZoom: config.minZoom,
    maxZoom: Math.min(config.maxZoom, config.tiles.maxZoom ?? 22),
    maxBounds: L.latLngBounds([south, west], [north, east]).pad(0.2),
    // The widget draws its own zoom buttons, attribution (as text) and keyboard handling.
    zoomControl: false,
    attributionControl: false,
    keyboard: false,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
  });
  // A zoom animation ends in a timer that Leaflet's remove() does not clear: removing the map while
  // it runs (a report sent right after choosing an address) makes that timer read the removed panes.
  let zooming = false;
  let destroyed = false;
  map.on('zoomstart', () => (zooming = true)).on('zoomend', () => (zooming = false));

  let loadedTiles = 0;
  let failedCheck: ReturnType<typeof setTimeout> | undefined;
  L.tileLayer(config.tiles.urlTemplate, { maxZoom: config.tiles.maxZoom ?? config.maxZoom, crossOrigin: false })
    .on('tileload', () => {
      loadedTiles += 1;
      clearTimeout(failedCheck);
    })
    .on('tileerror', () => {
      // Some tiles may fail at the edge of the world; only a map without any tile has failed.
      if (loadedTiles || failedCheck) return;
      failedCheck = setTimeout(() => {
        if (!loadedTiles) options.onTilesFailed();
      }, 1500);
    })
    .addTo(map);

  const markers = L.layerGroup().addTo(map);
  let pin: L.Marker | undefined;
  const names = new Map(config.categories.map((category) => [category.code, category.name]));
  const label = (cluster: ReportCluster) =>
    options.summary(cluster.count, cluster.categories.map(({ category, count }) => `${names.get(category) ?? category} (${count})`));

  const setClusters = (clusters: ReportCluster[]) => {
    markers.clearLayers();
    for (const cluster of clusters) {
      const many = cluster.count > 1;
      const marker = L.marker([cluster.lat, cluster.lng], {
        keyboard: true,
        // A number as the marker's text; Leaflet writes `html` as markup, so never a resident's text.
        // (Leaflet places the icon with a CSS transform: its own CSS must not scale or rotate it.)
        // A single report is a smaller dot in a 44 px target.
        icon: L.divIcon({ className: many ? 'cluster' : 'report-marker', html: many ? String(cluster.count) : '<span class="dot"></span>', iconSize: [44, 44] }),
      });
      const open = () => options.onCluster(cluster, label(cluster));
      marker.on('click', open);
      marker.addTo(markers);
      const element = marker.getElement();
      if (element) {
        element.setAttribute('aria-label', label(cluster));
        element.addEventListener('keydown', (event) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          event.stopPropagation();
          open();
        });
      }
    }
  };

  // After the view settles: the list follows it, and the server counts the clusters in it.
  let settle: ReturnType<typeof setTimeout> | undefined;
  let clustering: AbortController | undefined;
  const view = () => {
    clearTimeout(settle);
    settle = setTimeout(async () => {
      const box = map.getBounds();
      const bbox: [number, number, number, number] = [box.getWest(), box.getSouth(), box.getEast(), box.getNorth()];
      options.onView(bbox);
      clustering?.abort();
      const signal = (clustering = new AbortController()).signal;
      try {
        const found = await options.clusters(bbox, map.getZoom(), signal);
        if (!signal.aborted) setClusters(found.clusters);
      } catch {
        // Markers are a help; the list says the same and reports its own failure.
      }
    }, 250);
  };
  let keyboardMove = false;
  map.on('moveend', () => {
    if (destroyed) return;
    view();
    if (keyboardMove) {
      keyboardMove = false;
      const centre = map.getCenter();
      options.onCrosshair(centre.lat, centre.lng);
    }
  });
  map.on('click', (event: L.LeafletMouseEvent) => options.onPick(event.latlng.lat, event.latlng.lng, 'pointer'));

  container.addEventListener('keydown', (event) => {
    if (event.target !== container || event.altKey || event.ctrlKey || event.metaKey) return;
    const size = map.getSize();
    const moves: Record<string, [number, number]> = {
      ArrowUp: [0, -size.y * step],
      ArrowDown: [0, size.y * step],
      ArrowLeft: [-size.x * step, 0],
      ArrowRight: [size.x * step, 0],
    };
    const move = moves[event.key];
    if (move) {
      keyboardMove = true;
      map.panBy(move, { animate });
    } else if (event.key === 'Enter' || event.key === ' ') {
      const centre = map.getCenter();
      options.onPick(centre.lat, centre.lng, 'keyboard');
    } else if (event.key === '+' || event.key === '=' || event.key === '-') {
      keyboardMove = true;
      map.setZoom(map.getZoom() + (event.key === '-' ? -1 : 1), { animate });
    } else return;
    event.preventDefault();
  });

  map.whenReady(view);

  return {
    setPin(place, pan = false) {
      pin?.remove();
      pin = undefined;
      if (!place) return;
      pin = L.marker([place.lat, place.lng], {
        interactive: false,
        keyboard: false,
        // The shape turns inside the icon, which Leaflet places with a transform of its own.
        icon: L.divIcon({ className: 'pin', html: '<span class="pin-shape"></span>', iconSize: [34, 34], iconAnchor: [17, 40] }),
      }).addTo(map);
      if (pan) map.setView([place.lat, place.lng], Math.max(map.getZoom(), Math.min(17, map.getMaxZoom())), { animate });
    },
    zoomBy(delta) {
      map.setZoom(map.getZoom() + delta, { animate });
    },
    destroy() {
      destroyed = true;
      clearTimeout(failedCheck);
      clearTimeout(settle);
      clustering?.abort();
      if (!zooming) return void map.remove();
      let removed = false;
      const remove = () => {
        if (!removed) map.remove();
        removed = true;
      };
      // After the animation's last event (its `moveend` follows `zoomend`).
      map.once('moveend', () => setTimeout(remove));
      setTimeout(remove, 1000); // in case the animation never reports its end
    },
  };
}
