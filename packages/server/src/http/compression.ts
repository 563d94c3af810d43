import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Brotli or gzip (the client's choice from Accept-Encoding) for responses of 1 KB and more: JSON,
 * the hosted `/embed/` pages, the API reference, files without a precompressed twin. Registered
 * before the routes (it hooks each route as it is added).
 *
 * Never for Server-Sent Events: the plugin's default types leave out `text/event-stream`, and the
 * stream writes to the raw response anyway, so every event leaves at once (tested).
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    // Request bodies are not decompressed: no client of ours sends one compressed, and a small
    // compressed body that inflates is a way around the body limits.
    globalDecompression: false,
  });
}
