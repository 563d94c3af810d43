/**
 * The API's paths: the JSON API under `/v1` and the Open311 facade. The sites' CORS rules and the
 * per-client rate limit apply here; the other paths are public files and pages.
 */
export const isApiPath = (url: string): boolean => url.startsWith('/v1/') || url.startsWith('/open311/');
