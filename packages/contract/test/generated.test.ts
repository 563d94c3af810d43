import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { FlagInputLimits, IdeaStatusValues, IdeaInputLimits, listIdeasQuery } from '@inspraak/contract';
import { loadContract } from '@inspraak/contract/loader';

const generator = fileURLToPath(new URL('../scripts/generate.mjs', import.meta.url));

test('src/generated/ is what `npm run generate` makes of the contract now', async () => {
  const run = promisify(execFile)(process.execPath, [generator, '--check']);
  await assert.doesNotReject(run, 'run `npm run generate` at the repository root');
});

test('the constants carry the enums and limits of the contract document', () => {
  const schemas = loadContract().components.schemas as Record<string, any>;
  assert.deepEqual(IdeaStatusValues, schemas.IdeaStatus.enum);
  assert.equal(IdeaInputLimits.title.maxLength, schemas.IdeaInput.properties.title.maxLength);
  assert.deepEqual(FlagInputLimits.reason.enum, schemas.FlagInput.properties.reason.enum);
  assert.deepEqual(listIdeasQuery.sort.enum, ['newest', 'most-supported']);
});
