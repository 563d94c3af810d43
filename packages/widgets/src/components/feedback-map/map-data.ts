/**
 * The maps API of the feedback map, built on the page's shared SDK core (see `apiFor`), so a map
 * page carries none of the poll or idea code; and what the widget computes from reports.
 */
import { createMaps, type ClientCore, type MapsApi, type ReportStatus } from '@inspraak/sdk';
import { apiFor, type ClientSource } from '../../base/client-context.ts';

const create = (core: ClientCore): MapsApi => createMaps(core);

/** The maps API for a widget's configuration, or `undefined` when nothing says which API and site. */
export const mapsFor = (source: ClientSource): MapsApi | undefined => apiFor(source, (client) => client.maps, create);

export type Box = [west: number, south: number, east: number, north: number];

/** A box of about `metres` around a place, for "reports near this place" without a map. */
export function boxAround(lat: number, lng: number, metres = 300): Box {
  const dLat = metres / 111_320;
  const dLng = metres / (111_320 * Math.cos((lat * Math.PI) / 180));
  return [lng - dLng, lat - dLat, lng + dLng, lat + dLat];
}

/** The text key of a report status. */
export const statusKey = (status: ReportStatus) =>
  (({ open: 'statusOpen', acknowledged: 'statusAcknowledged', 'in-progress': 'statusInProgress', fixed: 'statusFixed', closed: 'statusClosed' }) as const)[status];
