import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contractPath, type ContractDocument } from '@inspraak/contract/loader';
import { parse } from 'yaml';
import { contractValidation } from './request-validator.ts';

/**
 * The Open311 facade's own contract (openapi/open311.yaml). It lies next to the Inspraak contract
 * both in the repository and in the installed contract package (dist/openapi/).
 */
const open311Path = path.join(path.dirname(contractPath), 'open311.yaml');

let cached: ContractDocument | undefined;

export function loadOpen311Contract(): ContractDocument {
  return (cached ??= parse(readFileSync(open311Path, 'utf8')) as ContractDocument);
}

/** Open311 requests are checked like /v1's; their POST bodies are form-encoded text. */
export const open311Validation = contractValidation(loadOpen311Contract, { textBodies: true });
