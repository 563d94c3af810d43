import type { ReportPhoto } from '@inspraak/contract';
import { randomId } from '../credentials/tokens.ts';
import type { UploadedFile } from '../http/multipart-body.ts';
import { invalidField, notFound } from './domain-error.ts';
import { findPhoto, insertPhotoWithin } from '../repositories/report-repository.ts';
import { photosPerReport } from './map-service.ts';
import { processPhoto, type PhotoLimits } from './photo-processing.ts';
import { reportForReceipt } from './report-service.ts';
import type { PhotoUrl } from './report-view.ts';
import type { ServiceContext } from './service-context.ts';

const reportFull = () =>
  invalidField('/photo', 'too-many', `A report holds at most ${photosPerReport} photos.`);

/**
 * Stores a photo on a report, for the holder of its receipt. The upload is checked and re-encoded
 * in memory first; only the clean JPEG is ever written.
 */
export async function addPhoto(
  ctx: ServiceContext,
  siteId: string,
  reportId: string,
  upload: { receipt: string; photo: UploadedFile | undefined },
  limits: PhotoLimits,
  photoUrl: PhotoUrl,
): Promise<ReportPhoto> {
  const report = await reportForReceipt(ctx, siteId, reportId, upload.receipt);
  if (!upload.photo) throw invalidField('/photo', 'required', 'Choose a photo to send.');
  if (report.photo_count >= photosPerReport) throw reportFull();
  const photo = await processPhoto(upload.photo.data, limits);
  const id = `ph_${randomId(20)}`;
  const stored = await ctx.db.transaction().execute((trx) =>
    insertPhotoWithin(
      trx,
      {
        site_id: siteId,
        id,
        report_id: reportId,
        media_type: photo.mediaType,
        width: photo.width,
        height: photo.height,
        bytes: photo.data.length,
        data: photo.data,
        created_at: ctx.now().toISOString(),
      },
      photosPerReport,
    ),
  );
  if (!stored) throw reportFull(); // another upload took the last place meanwhile
  return { id, reportId, url: photoUrl(id), mediaType: photo.mediaType, width: photo.width, height: photo.height, bytes: photo.data.length };
}

/** A photo of a published report (photos of reports waiting for review or hidden are not served). */
export async function getPhoto(ctx: ServiceContext, photoId: string): Promise<{ data: Buffer; mediaType: string }> {
  const photo = await findPhoto(ctx.db, photoId);
  if (!photo || photo.moderation !== 'published') throw notFound(`Photo "${photoId}"`);
  return { data: photo.data, mediaType: photo.media_type };
}
