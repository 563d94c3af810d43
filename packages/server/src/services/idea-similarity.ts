/**
 * "Similar ideas" ranking. FTS5's trigram index finds candidates that share any trigram with the
 * query (so a typo, which breaks only the trigrams around it, still finds the idea); they are then
 * ranked here by trigram similarity, title first.
 */

/** Lower case, accents and punctuation off, runs of space collapsed. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The set of trigrams of each word, padded like pg_trgm (`"  bo", " bom", …`) so short words count. */
export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of normalizeForSearch(text).split(' ')) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** Dice coefficient of two trigram sets: 1 for the same text, 0 for nothing in common. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Share of the query's trigrams found in the text (how much of what was typed the text covers). */
function coverage(query: Set<string>, text: Set<string>): number {
  if (query.size === 0) return 0;
  let found = 0;
  for (const gram of query) if (text.has(gram)) found++;
  return found / query.size;
}

/** Title similarity weighs most; the description helps an idea whose title words differ. */
export function similarityScore(query: string, idea: { title: string; description: string }): number {
  const q = trigrams(query);
  const title = similarity(q, trigrams(idea.title));
  const titleCover = coverage(q, trigrams(idea.title));
  const bodyCover = coverage(q, trigrams(`${idea.title} ${idea.description}`));
  return Math.min(1, 0.6 * title + 0.25 * titleCover + 0.15 * bodyCover);
}

/**
 * An FTS5 MATCH expression: any of the query's in-word trigrams, each quoted (so no FTS syntax can
 * be injected). At most `max` of them, spread over the query; undefined when the query has none.
 */
export function trigramMatch(query: string, max = 40): string | undefined {
  const grams = new Set<string>();
  for (const word of normalizeForSearch(query).split(' ')) {
    for (let i = 0; i + 3 <= word.length; i++) grams.add(word.slice(i, i + 3));
  }
  const list = [...grams];
  if (list.length === 0) return undefined;
  const step = Math.max(1, list.length / max);
  const picked: string[] = [];
  for (let i = 0; i < list.length && picked.length < max; i += step) picked.push(list[Math.floor(i)]!);
  return picked.map((g) => `"${g.replace(/"/g, '""')}"`).join(' OR ');
}

/** Below this, a candidate is not shown as similar. */
export const minimumScore = 0.25;
