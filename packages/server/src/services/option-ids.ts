/**
 * Option ids readable in exports and URLs: `opt_` plus a slug of the label (`Meer groen` →
 * `opt_meer_groen`), numbered when two labels give the same slug.
 */
export function optionIdsFor(labels: string[]): string[] {
  const taken = new Set<string>();
  return labels.map((label, index) => {
    const slug = label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40)
      .replace(/_+$/g, '');
    const base = `opt_${slug || String(index + 1)}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    return id;
  });
}
