/**
 * Address search for the feedback map, behind one small interface so a city can plug in its own
 * (`element.geocoder = { search, suggest?, reverse? }`). Built in, chosen by the map's configuration:
 * - PDOK Locatieserver (Dutch addresses): suggestions while typing, a lookup for the chosen one,
 *   and the nearest address of a point.
 * - Nominatim: searched only when the resident submits, as its usage policy requires; no
 *   suggestions, and no reverse lookups while a crosshair moves.
 * These are the only third-party requests the widget makes besides the map's tiles.
 */
import type { Geocoder as GeocoderConfig } from '@inspraak/sdk';

/** A found place; a suggestion may carry only a label and an id until it is resolved. */
export interface Place {
  label: string;
  lat?: number | undefined;
  lng?: number | undefined;
  id?: string | undefined;
}

export interface Geocoder {
  /** Places matching what the resident typed so far (leave out when the service forbids it). */
  suggest?(query: string, signal: AbortSignal): Promise<Place[]>;
  /** Places for a search the resident submitted. */
  search(query: string, signal: AbortSignal): Promise<Place[]>;
  /** Coordinates for a suggestion that has none yet. */
  resolve?(place: Place, signal: AbortSignal): Promise<Place>;
  /** The nearest address of a point, as text (leave out when the service forbids frequent calls). */
  reverse?(lat: number, lng: number, signal: AbortSignal): Promise<string | undefined>;
}

const getJson = async (url: URL, signal: AbortSignal): Promise<unknown> => {
  const response = await fetch(url, { signal, credentials: 'omit', referrerPolicy: 'strict-origin-when-cross-origin' });
  if (!response.ok) throw new Error(`Geocoder answered ${response.status}`);
  return response.json();
};

const endpoint = (base: string, path: string, params: Record<string, string | number | undefined>): URL => {
  const url = new URL(`${base.replace(/\/$/, '')}/${path}`);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, String(value));
  return url;
};

interface PdokDoc {
  id: string;
  weergavenaam: string;
  centroide_ll?: string;
}

const pdokDocs = (body: unknown): PdokDoc[] => (body as { response?: { docs?: PdokDoc[] } }).response?.docs ?? [];

/** `POINT(5.12 52.09)` → lat/lng. */
const pdokPlace = (doc: PdokDoc): Place => {
  const [lng, lat] = (/POINT\(([-\d.]+) ([-\d.]+)\)/.exec(doc.centroide_ll ?? '') ?? []).slice(1).map(Number);
  return { label: doc.weergavenaam, id: doc.id, lat, lng };
};

/** PDOK Locatieserver v3.1 (`…/search/v3_1`): `suggest`, `lookup`, `free`, `reverse`. */
export function pdokGeocoder(base: string, near?: { lat: number; lng: number }): Geocoder {
  const bias = near ? { lat: near.lat, lon: near.lng } : {};
  const fields = 'id,weergavenaam,centroide_ll';
  return {
    suggest: async (q, signal) => pdokDocs(await getJson(endpoint(base, 'suggest', { q, rows: 6, fq: 'type:(adres OR weg OR woonplaats)', ...bias }), signal)).map(pdokPlace),
    search: async (q, signal) => pdokDocs(await getJson(endpoint(base, 'free', { q, rows: 6, fl: fields, ...bias }), signal)).map(pdokPlace),
    resolve: async (place, signal) => {
      const [doc] = pdokDocs(await getJson(endpoint(base, 'lookup', { id: place.id ?? '', fl: fields }), signal));
      return doc ? pdokPlace(doc) : place;
    },
    reverse: async (lat, lon, signal) =>
      pdokDocs(await getJson(endpoint(base, 'reverse', { lat, lon, rows: 1, type: 'adres', fl: 'id,weergavenaam' }), signal))[0]?.weergavenaam,
  };
}

/** Nominatim (`https://nominatim.openstreetmap.org`): search on submit only, inside the map's box. */
export function nominatimGeocoder(base: string, box?: { west: number; south: number; east: number; north: number }): Geocoder {
  return {
    search: async (q, signal) => {
      const viewbox = box ? { viewbox: `${box.west},${box.north},${box.east},${box.south}`, bounded: 1 } : {};
      const found = (await getJson(endpoint(base, 'search', { q, format: 'jsonv2', limit: 6, ...viewbox }), signal)) as { display_name: string; lat: string; lon: string }[];
      return found.map((place) => ({ label: place.display_name, lat: Number(place.lat), lng: Number(place.lon) }));
    },
  };
}

/** The built-in geocoder a map's configuration names, or `undefined` for `none`. */
export function geocoderFor(
  config: GeocoderConfig,
  near?: { lat: number; lng: number },
  box?: { west: number; south: number; east: number; north: number },
): Geocoder | undefined {
  if (!config.url || config.kind === 'none') return undefined;
  return config.kind === 'pdok-locatieserver' ? pdokGeocoder(config.url, near) : nominatimGeocoder(config.url, box);
}
