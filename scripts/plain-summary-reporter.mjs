// wtr's own summary is not one plain line; CI reads `wtr: N passed, N failed, N skipped`.
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function plainSummaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load has no results but must still count as a failure.
        else if (!session.passed) totals.failed++;
        if (session.testResults && !session.passed && session.errors?.length) totals.failed++;
      }
      // Written at exit so it is the very last line, after the default reporter's own output.
      process.once('exit', () => {
        process.stdout.write(`\nwtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
