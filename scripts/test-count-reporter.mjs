// A node:test reporter for `npm test` (scripts/test.mjs): counts the tests that passed and failed
// and writes `{ "passed": N, "failed": N }` to its destination, so the orchestrator reads numbers
// instead of matching the spec reporter's text. Suites (describe) are not counted, as node's own
// summary does not; a cancelled test is a failure, and so is a skipped or todo one: no silent skips.
export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.type === 'test:pass' && !event.data.skip && !event.data.todo) passed += 1;
    else failed += 1;
  }
  yield `${JSON.stringify({ passed, failed })}\n`;
}
