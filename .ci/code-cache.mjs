// Writes dist/cli.cjs.cache: V8 code for the CLI, taken after running the commands users start
// most (so the functions they run are compiled and cached too). Run by .ci/build.mjs in a fresh
// process with this machine's Node, so the cache matches the Node that will read it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const { loadCli } = createRequire(import.meta.url)('../bin/load-cli.js');

const root = fileURLToPath(new URL('..', import.meta.url));
const { cli, script } = loadCli({ useCache: false });
const io = { stdout: () => {}, stderr: () => {}, env: {}, cwd: root, stdoutIsTTY: false, stderrIsTTY: false };
const np = join(root, 'evidence', 'hertfordshire-2007', 'neighbourhood-policing.json');
const scratch = mkdtempSync(join(tmpdir(), 'grade-cache-'));
const broken = join(scratch, 'broken.json');
writeFileSync(broken, '{"framework": "neighbourhood-policing", "criteriaVersion": "2007.1", "findings": [}');
const training = [
  ['neighbourhood-policing', np],
  ['neighbourhood-policing', np, '--format', 'json'],
  ['neighbourhood-policing', np, '--format', 'markdown'],
  ['neighbourhood-policing', broken],
  ['list'],
  ['--help'],
];
process.chdir(root);
for (const argv of training) await cli.run(argv, io);
rmSync(scratch, { recursive: true, force: true });
writeFileSync(join(root, 'dist', 'cli.cjs.cache'), script.createCachedData());
