// A @web/test-runner reporter that writes `.test-output/wtr-summary-<engine>.json` = { engine, passed,
// failed, skipped }, counting single tests across all sessions, for `npm test`'s summary (a step per
// engine). A test file that failed before running any test (an import error, a crash) counts as one
// failure, never as zero tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** @param {{ engine?: string, file?: string }} [options] */
export function summaryReporter({ engine = 'chromium', file = path.resolve(process.env.INSPRAAK_TEST_OUTPUT ?? '.test-output', `wtr-summary-${engine}.json`) } = {}) {
  /** @param {import('@web/test-runner-core').TestSession[]} sessions */
  const write = (sessions) => {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const visit = (suite) => {
      for (const test of suite.tests) {
        if (test.skipped) counts.skipped += 1;
        else if (test.passed) counts.passed += 1;
        else counts.failed += 1;
      }
      suite.suites.forEach(visit);
    };
    for (const session of sessions) {
      const failedBefore = counts.failed;
      if (session.testResults) visit(session.testResults);
      // A session that failed without a failing test (a load error, a crash) is one failure.
      if (session.passed === false && counts.failed === failedBefore) counts.failed += 1;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ engine, ...counts })}\n`);
  };
  return {
    onTestRunFinished({ sessions }) {
      write(sessions);
    },
  };
}
