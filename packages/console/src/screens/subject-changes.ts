/** The same JSON value, whatever the order of object members (the server may send them in its own order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return keysA.length === keysB.length && keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** The members of `input` that differ from `current`: a JSON merge patch that changes only what the form changed. */
export function changedMembers<Input extends object>(input: Input, current: object): Partial<Input> {
  return Object.fromEntries(
    Object.entries(input).filter(([key, value]) => value !== undefined && !sameValue(value, (current as Record<string, unknown>)[key])),
  ) as Partial<Input>;
}
