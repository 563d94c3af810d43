import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { contractId, loadContract } from '@inspraak/contract/loader';

// ajv-formats is CommonJS; under ESM its default export may be wrapped once more.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

export interface ContractAjvOptions {
  /** Coerce strings to numbers/booleans (query strings and headers arrive as text). */
  coerceTypes?: boolean;
  useDefaults?: boolean;
}

/**
 * An Ajv for JSON Schema 2020-12 (what OpenAPI 3.1 speaks) with the whole contract registered,
 * so `urn:inspraak:contract#/components/schemas/Poll` resolves.
 */
export function createContractAjv(options: ContractAjvOptions = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    coerceTypes: options.coerceTypes ?? false,
    useDefaults: options.useDefaults ?? false,
  });
  addFormats(ajv);
  // OpenAPI keywords that are not JSON Schema; declared so Ajv does not trip over them.
  for (const keyword of ['example', 'discriminator', 'xml', 'externalDocs']) ajv.addKeyword(keyword);
  ajv.addSchema(loadContract() as unknown as object, contractId);
  return ajv;
}
