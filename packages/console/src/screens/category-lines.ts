import type { BoardCategory } from '@inspraak/sdk';

/**
 * Categories as staff type them: plain lines in a text field instead of a nested form, so the
 * keyboard and a screen reader need nothing more than a textarea. The ids the contract needs are
 * made from the words, and an existing category keeps its id while its words stay the same (the
 * server refuses to drop a category that ideas or reports use).
 */

/** A contract id (`[A-Za-z0-9_-]`) from `label`, unlike every id in `taken` (which it joins). */
export function idFor(label: string, taken: Set<string>, prefix = ''): string {
  const base =
    prefix +
    (label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'item');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The text's lines, trimmed, blank lines left out. */
export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A board's categories from one label per line; a label already on the board keeps its id. */
export function boardCategoriesFromLines(text: string, existing: readonly BoardCategory[] = []): BoardCategory[] {
  const taken = new Set<string>();
  return lines(text).map((label) => {
    const known = existing.find((category) => category.label === label && !taken.has(category.id));
    if (known) {
      taken.add(known.id);
      return { id: known.id, label };
    }
    const id = idFor(label, new Set([...taken, ...existing.map((category) => category.id)]), 'cat_');
    taken.add(id);
    return { id, label };
  });
}

export const boardCategoryLines = (categories: readonly BoardCategory[]): string => categories.map((category) => category.label).join('\n');
