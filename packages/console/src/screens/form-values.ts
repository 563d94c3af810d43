/** Reading a submitted form: trimmed text, and numbers as staff type them (a comma as the decimal sign too). */

export const textOf = (data: FormData, name: string): string => String(data.get(name) ?? '').trim();

/** A text field's lines (one answer or category each), trimmed, blank lines left out. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A number typed in the field, or `undefined` when it is not one; `null` when the field is empty. */
export function numberOf(data: FormData, name: string): number | null | undefined {
  const text = textOf(data, name).replace(',', '.');
  if (text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** True when `value` is a whole number from `min` to `max`. */
export const isWholeNumberIn = (value: number | null | undefined, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
