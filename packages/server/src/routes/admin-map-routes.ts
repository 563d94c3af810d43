import { eraseReport } from '../services/erasure-service.ts';
import { createMap, getStaffMap, listMaps, toMap, updateMap, categoriesOf } from '../services/map-service.ts';
import { reportsCsv, reportsGeoJson } from '../services/report-export.ts';
import { allReports, listReports, moderateReport, updateReportStatus } from '../services/report-service.ts';
import { toReport } from '../services/report-view.ts';
import { deleteMap } from '../services/subject-deletion-service.ts';
import { photoConfigOf, photoUrlFor } from './map-routes.ts';
import { siteOf, type OperationHandlers, type RouteDeps } from './route-deps.ts';

export function adminMapRoutes({ ctx }: RouteDeps): OperationHandlers {
  return {
    listMaps: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return listMaps(ctx, siteOf(request).id, request.query, photoConfigOf(request).photoMaxBytes);
    },

    createMap: async (request, reply) => {
      const map = await createMap(ctx, siteOf(request).id, request.body);
      reply.code(201).header('location', `/v1/maps/${encodeURIComponent(map.id)}`);
      return toMap(map, photoConfigOf(request).photoMaxBytes);
    },

    eraseReport: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return eraseReport(ctx, siteOf(request).id, request.params.reportId);
    },

    getMapForStaff: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getStaffMap(ctx, siteOf(request).id, request.params.mapId, photoConfigOf(request).photoMaxBytes);
    },

    deleteMap: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return deleteMap(ctx, siteOf(request).id, request.params.mapId);
    },

    updateMap: async (request) => {
      const map = await updateMap(ctx, siteOf(request).id, request.params.mapId, request.body);
      return toMap(map, photoConfigOf(request).photoMaxBytes);
    },

    listAdminReports: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return listReports(ctx, siteOf(request).id, request.params.mapId, request.query, photoUrlFor(request), true);
    },

    exportReportsGeoJson: async (request, reply) => {
      const { map, records } = await allReports(ctx, siteOf(request).id, request.params.mapId);
      reply
        .type('application/geo+json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${map.id}-reports.geojson"`)
        .header('cache-control', 'no-store');
      return reportsGeoJson(map, records, photoUrlFor(request));
    },

    exportReportsCsv: async (request, reply) => {
      const { map, records } = await allReports(ctx, siteOf(request).id, request.params.mapId);
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${map.id}-reports.csv"`)
        .header('cache-control', 'no-store');
      return reportsCsv(map, records, photoUrlFor(request));
    },

    updateReportStatus: async (request) => {
      const { record, map } = await updateReportStatus(ctx, siteOf(request).id, request.params.reportId, request.body);
      return toReport(record, categoriesOf(map), photoUrlFor(request));
    },

    moderateReport: async (request) => {
      const { record, map } = await moderateReport(ctx, siteOf(request).id, request.params.reportId, request.body);
      return toReport(record, categoriesOf(map), photoUrlFor(request));
    },
  };
}
