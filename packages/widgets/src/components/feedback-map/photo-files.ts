/**
 * Checks the photos a resident picks against the map's limits and reads their previews. A small
 * chunk of its own, loaded the first time a resident picks a photo.
 */
import type { FeedbackMap } from '@inspraak/sdk';
import type { Localizer } from '../../base/localize.ts';
import type { MapTexts } from '../../locales/nl-map.ts';

export interface Photo {
  file: File;
  /** A `data:` URL, not a `blob:` one, so a page's `img-src 'self' data:` policy allows the preview. */
  preview: string;
}

const photoTypes = ['image/jpeg', 'image/png', 'image/webp'];

/** The files that fit (with previews) and what is wrong with the others, in the resident's words. */
export async function readPhotos(
  files: File[],
  kept: number,
  { photosPerReport, photoMaxBytes }: FeedbackMap['limits'],
  l: Localizer<MapTexts>,
  maxSize: string,
): Promise<{ added: Photo[]; problems: string[] }> {
  const added: Photo[] = [];
  const problems: string[] = [];
  for (const file of files) {
    if (kept + added.length >= photosPerReport) problems.push(l.t('errorPhotoCount', { count: photosPerReport }));
    else if (!photoTypes.includes(file.type)) problems.push(l.t('errorPhotoType', { name: file.name }));
    else if (file.size > photoMaxBytes) problems.push(l.t('errorPhotoSize', { name: file.name, size: maxSize }));
    else added.push({ file, preview: await readAsDataUrl(file) });
  }
  return { added, problems: [...new Set(problems)] };
}

const readAsDataUrl = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
