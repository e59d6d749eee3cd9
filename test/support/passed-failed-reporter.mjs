// CI reads the last line of `npm test` as `N passed, N failed`; wtr's own summary has another form.
function count(results, tally) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) tally.passed++;
    else tally.failed++;
  }
  for (const suite of results?.suites ?? []) count(suite, tally);
}

export function passedFailedReporter() {
  let sessions = [];
  return {
    onTestRunFinished({ sessions: finished }) {
      sessions = finished;
    },
    stop() {
      const tally = { passed: 0, failed: 0 };
      for (const session of sessions) {
        count(session.testResults, tally);
        // A file that fails to load has no test results but must still fail the run.
        if (!session.passed && (session.errors?.length ?? 0) > 0) tally.failed++;
      }
      // On exit, so it comes after wtr's own closing lines.
      process.once('exit', () => process.stdout.write(`\n${tally.passed} passed, ${tally.failed} failed\n`));
    },
  };
}
