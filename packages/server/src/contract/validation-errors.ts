import type { ErrorObject } from 'ajv';
import type { FieldError } from '../http/problem.ts';

const escapePointer = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

const codes: Record<string, string> = {
  required: 'required',
  minLength: 'too-short',
  maxLength: 'too-long',
  minItems: 'too-few',
  maxItems: 'too-many',
  uniqueItems: 'duplicate',
  type: 'wrong-type',
  enum: 'not-allowed',
  const: 'not-allowed',
  pattern: 'invalid-format',
  format: 'invalid-format',
  additionalProperties: 'unknown-field',
  minimum: 'too-small',
  exclusiveMinimum: 'too-small',
  maximum: 'too-large',
  exclusiveMaximum: 'too-large',
  minProperties: 'empty',
};

function describe(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': return `"${String(p.missingProperty)}" is required.`;
    case 'minLength': return `Must be at least ${String(p.limit)} characters long.`;
    case 'maxLength': return `Must be at most ${String(p.limit)} characters long.`;
    case 'minItems': return `Must hold at least ${String(p.limit)} item(s).`;
    case 'maxItems': return `Must hold at most ${String(p.limit)} item(s).`;
    case 'uniqueItems': return `Appears more than once (items ${String(p.j)} and ${String(p.i)}).`;
    case 'type': return `Must be of type ${String(p.type)}.`;
    case 'enum': return `Must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}.`;
    case 'pattern': return 'Has characters or a shape that is not allowed.';
    case 'format': return `Must be a valid ${String(p.format)}.`;
    case 'additionalProperties': return `"${String(p.additionalProperty)}" is not a known field.`;
    case 'minimum': return `Must be ${String(p.limit)} or more.`;
    case 'maximum': return `Must be ${String(p.limit)} or less.`;
    case 'minProperties': return 'Must change at least one field.';
    default: return error.message ? `Is not valid: ${error.message}.` : 'Is not valid.';
  }
}

/**
 * Turns Ajv errors into the contract's FieldErrors. `prefix` is '' for a body (pointer `/optionIds/0`)
 * or `#/header` / `#/query` / `#/path` for parameters. A missing property points at that property;
 * one error per pointer, the most specific first (oneOf wrappers only when nothing else is known).
 */
export function toFieldErrors(errors: ErrorObject[], prefix = ''): FieldError[] {
  const byPointer = new Map<string, FieldError>();
  const wrappers: FieldError[] = [];
  for (const error of errors) {
    let pointer = error.instancePath;
    const p = error.params as Record<string, unknown>;
    if (error.keyword === 'required') pointer += `/${escapePointer(String(p.missingProperty))}`;
    if (error.keyword === 'additionalProperties') pointer += `/${escapePointer(String(p.additionalProperty))}`;
    if (error.keyword === 'uniqueItems') pointer += `/${String(p.i)}`;
    const field: FieldError = { pointer: prefix + pointer, code: codes[error.keyword] ?? 'invalid', detail: describe(error) };
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') {
      wrappers.push({ ...field, code: 'invalid' });
      continue;
    }
    if (!byPointer.has(field.pointer)) byPointer.set(field.pointer, field);
  }
  for (const wrapper of wrappers) if (!byPointer.has(wrapper.pointer)) byPointer.set(wrapper.pointer, wrapper);
  return [...byPointer.values()];
}
