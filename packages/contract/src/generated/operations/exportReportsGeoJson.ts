// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/maps/{mapId}/reports.geojson`: Download all of a map's reports as a GeoJSON FeatureCollection (RFC 7946). */
export const exportReportsGeoJson = 'get /admin/maps/{mapId}/reports.geojson';
