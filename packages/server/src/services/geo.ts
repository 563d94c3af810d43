import { invalidField } from './domain-error.ts';
import type { BoxFilter } from '../repositories/report-repository.ts';

const metresPerDegreeLat = 111_320;

/** `west,south,east,north` → a box; 422 at `#/query/bbox` for a box that is upside down or off the globe. */
export function parseBbox(text: string, pointer = '#/query/bbox'): BoxFilter {
  const [west, south, east, north] = text.split(',').map(Number) as [number, number, number, number];
  const valid =
    [west, south, east, north].every(Number.isFinite) &&
    west >= -180 && east <= 180 && south >= -90 && north <= 90 && west < east && south < north;
  if (!valid) {
    throw invalidField(pointer, 'invalid-bbox', 'The bbox must be "west,south,east,north" in degrees, with west < east and south < north.');
  }
  return { west, south, east, north };
}

/** The box around a point that holds every point within `metres` of it. */
export function boxAround(lat: number, lng: number, metres: number): BoxFilter {
  const dLat = metres / metresPerDegreeLat;
  const dLng = metres / (metresPerDegreeLat * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
  return { south: lat - dLat, north: lat + dLat, west: lng - dLng, east: lng + dLng };
}

/** Great-circle distance in metres (haversine; plenty for "within 50 m"). */
export function distanceMetres(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Degrees of a grid cell of 64 px at a zoom level (256 px tiles: 360 / 2^zoom degrees per tile). */
export const cellDegrees = (zoom: number): number => 360 / 2 ** (zoom + 2);

export function insideBox(box: BoxFilter, lat: number, lng: number): boolean {
  return lat >= box.south && lat <= box.north && lng >= box.west && lng <= box.east;
}
