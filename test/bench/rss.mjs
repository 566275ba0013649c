// Runs the CLI in this process and reports its peak resident memory (including worker threads)
// in kilobytes to the file named by BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const { main } = await import(new URL('../../dist/cli.js', import.meta.url).href);
const code = await main(process.argv.slice(2));
writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
process.exitCode = code;
