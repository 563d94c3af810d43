import type { FastifyRequest } from 'fastify';
import type { ReportReceipt, ReportSupport } from '@inspraak/contract';
import { notModified } from '../http/etag.ts';
import { getMapRow, mapEtag, toMap, categoriesOf } from '../services/map-service.ts';
import { eraseReportByReceipt } from '../services/erasure-service.ts';
import { addPhoto, getPhoto } from '../services/photo-service.ts';
import {
  createReport,
  getPublicReport,
  getReportByReceipt,
  listReports,
  nearbyReports,
  reportClusters,
  supportReport,
} from '../services/report-service.ts';
import { reportEtag, toReport, type PhotoUrl } from '../services/report-view.ts';
import { participantOf, siteOf, type OperationHandlers, type RouteDeps } from './route-deps.ts';

/** Photo URLs are absolute, on the server's public address (an `<img>` on a city page needs that). */
export const photoUrlFor =
  (request: FastifyRequest): PhotoUrl =>
  (photoId) =>
    `${request.server.inspraak.publicAddress.origin()}/v1/photos/${encodeURIComponent(photoId)}`;

/** Photo limits from the server's config (INSPRAAK_PHOTO_MAX_BYTES, INSPRAAK_PHOTO_MAX_PIXELS). */
export const photoConfigOf = (request: FastifyRequest) => request.server.inspraak.config;

export function mapRoutes({ ctx, hashClient }: RouteDeps): OperationHandlers {
  return {
    getMap: async (request, reply) => {
      const map = await getMapRow(ctx, siteOf(request).id, request.params.mapId);
      reply.header('cache-control', 'no-cache');
      if (notModified(request, reply, mapEtag(map))) return reply;
      return toMap(map, photoConfigOf(request).photoMaxBytes);
    },

    listReports: async (request, reply) => {
      reply.header('cache-control', 'no-cache');
      return listReports(ctx, siteOf(request).id, request.params.mapId, request.query, photoUrlFor(request), false);
    },

    createReport: async (request, reply) => {
      const created = await createReport(ctx, siteOf(request).id, request.params.mapId, request.body, hashClient(request.ip));
      const body: ReportReceipt = {
        report: toReport(created.record, categoriesOf(created.map), photoUrlFor(request)),
        receipt: created.receipt,
      };
      reply.code(201).header('location', `/v1/reports/${encodeURIComponent(created.record.report.id)}`).header('cache-control', 'no-store');
      return body;
    },

    listNearbyReports: async (request, reply) => {
      reply.header('cache-control', 'no-cache');
      return nearbyReports(ctx, siteOf(request).id, request.params.mapId, request.query, photoUrlFor(request));
    },

    getReportClusters: async (request, reply) => {
      reply.header('cache-control', 'no-cache');
      return reportClusters(ctx, siteOf(request).id, request.params.mapId, request.query);
    },

    getReportByReceipt: async (request, reply) => {
      const { record, map } = await getReportByReceipt(ctx, siteOf(request).id, request.query.receipt);
      reply.header('cache-control', 'no-store');
      return toReport(record, categoriesOf(map), photoUrlFor(request));
    },

    eraseReportByReceipt: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return eraseReportByReceipt(ctx, siteOf(request).id, request.query.receipt);
    },

    getReport: async (request, reply) => {
      const { record, map } = await getPublicReport(ctx, siteOf(request).id, request.params.reportId);
      reply.header('cache-control', 'no-cache');
      if (notModified(request, reply, reportEtag(record))) return reply;
      return toReport(record, categoriesOf(map), photoUrlFor(request));
    },

    addReportPhoto: async (request, reply) => {
      const { body } = request;
      const photo = await addPhoto(
        ctx,
        siteOf(request).id,
        request.params.reportId,
        { receipt: body.fields.receipt ?? '', photo: body.files.photo },
        { maxPixels: photoConfigOf(request).photoMaxPixels },
        photoUrlFor(request),
      );
      reply.code(201).header('location', `/v1/photos/${photo.id}`).header('cache-control', 'no-store');
      return photo;
    },

    supportReport: async (request, reply) => {
      const { reportId } = request.params;
      const result = await supportReport(ctx, siteOf(request).id, reportId, participantOf(request).id);
      reply.code(result.created ? 201 : 200).header('cache-control', 'no-store');
      const body: ReportSupport = { reportId, supportCount: result.supportCount, supported: true };
      return body;
    },

    getReportPhoto: async (request, reply) => {
      const { photoId } = request.params;
      const photo = await getPhoto(ctx, photoId);
      // A photo never changes once stored: its id is its version.
      reply.header('cache-control', 'public, max-age=31536000, immutable').header('x-content-type-options', 'nosniff');
      if (notModified(request, reply, `"${photoId}"`)) return reply;
      return reply.type(photo.mediaType).send(photo.data);
    },
  };
}
