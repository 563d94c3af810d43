import type { ReportCollection } from '@inspraak/contract';
import type { MapRow } from '../db/map-tables.ts';
import type { ReportRecord } from '../repositories/report-repository.ts';
import { toCsv, type CsvCell } from './csv-writer.ts';
import { reportsOf } from './report-service.ts';
import type { PhotoUrl } from './report-view.ts';

/** Every report as an RFC 7946 FeatureCollection. */
export function reportsGeoJson(map: MapRow, records: ReportRecord[], photoUrl: PhotoUrl): ReportCollection {
  return { type: 'FeatureCollection', features: reportsOf(records, map, photoUrl) };
}

/** One row per report, through the CSV writer the poll export uses. */
export function reportsCsv(map: MapRow, records: ReportRecord[], photoUrl: PhotoUrl): string {
  const rows: CsvCell[][] = [
    ['id', 'category', 'category_name', 'status', 'moderation', 'lat', 'lng', 'address', 'description', 'answers', 'supports', 'photos', 'requested_at', 'updated_at'],
  ];
  for (const { properties: p } of reportsOf(records, map, photoUrl)) {
    rows.push([
      p.serviceRequestId,
      p.serviceCode,
      p.serviceName,
      p.status,
      p.moderation,
      p.lat,
      p.long,
      p.address,
      p.description,
      Object.keys(p.answers).length > 0 ? JSON.stringify(p.answers) : '',
      p.supportCount,
      p.mediaUrls.join(' '),
      p.requestedDatetime,
      p.updatedDatetime,
    ]);
  }
  return toCsv(rows);
}
