// Runs the CLI in this process, loaded as bin/grade.js loads it, and reports its peak resident
// memory (including worker threads) in kilobytes to the file named by BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { loadCli } = createRequire(import.meta.url)('../../bin/load-cli.js');
const code = await loadCli().cli.main(process.argv.slice(2));
writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
process.exitCode = code;
