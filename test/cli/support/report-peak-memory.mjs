// Preloaded (node --import) into a CLI run by test/cli/streaming.test.ts: prints the process's peak
// resident memory on exit, so the test can hold the run to a memory bound.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\npeak-rss-kib ${process.resourceUsage().maxRSS}\n`);
});
