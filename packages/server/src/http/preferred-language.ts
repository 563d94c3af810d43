/** The languages the server's own pages speak; the first is the default. */
export const pageLanguages = ['nl', 'en'] as const;
export type PageLanguage = (typeof pageLanguages)[number];

const known = (tag: string): PageLanguage | undefined => {
  const primary = tag.trim().toLowerCase().split('-')[0];
  return pageLanguages.find((language) => language === primary);
};

/**
 * The language of a page: `?lang=` when it names one we speak, else the best match of the
 * Accept-Language header (by q-value, then order), else Dutch.
 */
export function preferredLanguage(query: unknown, acceptLanguage: string | undefined): PageLanguage {
  if (typeof query === 'string') {
    const asked = known(query);
    if (asked) return asked;
  }
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/i.exec(param)?.[1]).find((value) => value !== undefined);
      return { language: known(tag), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.language && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.language ?? pageLanguages[0];
}
