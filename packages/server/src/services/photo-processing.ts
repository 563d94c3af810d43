import sharp, { type Metadata } from 'sharp';
import { invalidField } from './domain-error.ts';

export interface PhotoLimits {
  /** Most pixels (width × height) an upload may declare. */
  maxPixels: number;
  /** Longest side of the stored photo. */
  maxEdge?: number;
}

export interface ProcessedPhoto {
  data: Buffer;
  mediaType: 'image/jpeg';
  width: number;
  height: number;
}

/** Formats judged by their content (libvips reads the magic bytes), never by name or declared type. */
const acceptedFormats = new Set(['jpeg', 'png', 'webp']);

const notAnImage = () =>
  invalidField('/photo', 'not-an-image', 'This file is not a photo we can read. Send a JPEG, PNG or WebP image.');

/**
 * Checks an upload by its content and returns a new JPEG made from its pixels only: turned upright
 * by its EXIF orientation, at most `maxEdge` px on its longest side, with no metadata at all (sharp
 * writes none unless asked: no EXIF and so no GPS, no XMP, no IPTC, no ICC profile; pixels are
 * converted to sRGB). The header is read first, so a decompression bomb is refused before its pixels
 * are decoded; libvips' own `limitInputPixels` guards the decode as well.
 */
export async function processPhoto(input: Buffer, limits: PhotoLimits): Promise<ProcessedPhoto> {
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw notAnImage();
  }
  if (!metadata.format || !acceptedFormats.has(metadata.format) || !metadata.width || !metadata.height) throw notAnImage();
  if (metadata.width * metadata.height > limits.maxPixels) {
    throw invalidField(
      '/photo',
      'too-many-pixels',
      `This image is ${metadata.width} × ${metadata.height} pixels; at most ${limits.maxPixels.toLocaleString('en')} pixels are accepted.`,
    );
  }
  const maxEdge = limits.maxEdge ?? 2048;
  try {
    const { data, info } = await sharp(input, { limitInputPixels: limits.maxPixels, failOn: 'error', animated: false })
      .rotate()
      .resize({ width: maxEdge, height: maxEdge, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .jpeg({ quality: 82, progressive: true })
      .toBuffer({ resolveWithObject: true });
    return { data, mediaType: 'image/jpeg', width: info.width, height: info.height };
  } catch {
    // Truncated or corrupt pixel data behind a valid header.
    throw notAnImage();
  }
}
