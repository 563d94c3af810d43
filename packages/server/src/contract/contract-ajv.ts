import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { contractId, loadContract, type ContractDocument } from '@inspraak/contract/loader';

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
 * so `urn:inspraak:contract#/components/schemas/Poll` resolves. Another document (the Open311
 * facade's) is registered under the same id, so the refs the loader anchors resolve in it.
 */
export function createContractAjv(options: ContractAjvOptions = {}, document: ContractDocument = loadContract()): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    coerceTypes: options.coerceTypes ?? false,
    useDefaults: options.useDefaults ?? false,
  });
  addFormats(ajv);
  // OpenAPI keywords that are not JSON Schema; declared so Ajv does not trip over them.
  for (const keyword of ['example', 'discriminator', 'xml', 'externalDocs']) ajv.addKeyword(keyword);
  ajv.addSchema(document as unknown as object, contractId);
  return ajv;
}
