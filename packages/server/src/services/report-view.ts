import type { Report, ReportCategory } from '@inspraak/contract';
import type { ReportRecord } from '../repositories/report-repository.ts';

/** Builds the absolute URL of a photo (the API's origin as the request saw it). */
export type PhotoUrl = (photoId: string) => string;

/** The contract's `Report`: a GeoJSON Feature whose properties are an Open311 request in camelCase. */
export function toReport({ report, photoIds, updates }: ReportRecord, categories: ReportCategory[], photoUrl: PhotoUrl): Report {
  const latest = updates.at(-1);
  return {
    type: 'Feature',
    id: report.id,
    geometry: { type: 'Point', coordinates: [report.lng, report.lat] },
    properties: {
      serviceRequestId: report.id,
      mapId: report.map_id,
      serviceCode: report.category,
      serviceName: categories.find((c) => c.code === report.category)?.name ?? report.category,
      status: report.status,
      statusNotes: latest?.note ?? null,
      description: report.description,
      lat: report.lat,
      long: report.lng,
      address: report.address,
      requestedDatetime: report.created_at,
      updatedDatetime: report.updated_at,
      mediaUrls: photoIds.map(photoUrl),
      answers: JSON.parse(report.answers) as Record<string, string>,
      supportCount: report.support_count,
      moderation: report.moderation,
      // Why it is hidden: only a hidden report has it, and only staff and its author see one.
      ...(report.moderation === 'hidden' && report.hidden_reason_code && { hiddenReasonCode: report.hidden_reason_code }),
      ...(report.moderation === 'hidden' && report.hidden_reason && { hiddenReason: report.hidden_reason }),
      updates: updates.map((u) => ({ status: u.status, note: u.note, at: u.created_at })),
    },
  };
}

/** Changes with every edit, status update, photo and support. */
export const reportEtag = ({ report, photoIds }: ReportRecord): string =>
  `"r-${Date.parse(report.updated_at).toString(36)}-${report.support_count}-${photoIds.length}-${report.moderation}"`;
