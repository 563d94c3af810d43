// The Open311 facade has its own document (openapi/open311.yaml): it follows GeoReport v2's
// conventions, not the Inspraak contract's, so it is linted on its own with the same rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { lint, loadConfig } from '@redocly/openapi-core';

const documentPath = fileURLToPath(new URL('../open311.yaml', import.meta.url));
const configPath = fileURLToPath(new URL('../../redocly.yaml', import.meta.url));

test('the Open311 facade document passes the recommended-strict lint rules without a warning', async () => {
  const config = await loadConfig({ configPath });
  const problems = await lint({ ref: documentPath, config });
  const messages = problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer}`);
  assert.deepEqual(messages, []);
});
