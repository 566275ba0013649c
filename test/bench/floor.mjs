// The floor for batch grading: read and JSON.parse every *.json file under the given folders, in
// one thread, and nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let parsed = 0;
for (const dir of process.argv.slice(2)) {
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    JSON.parse(readFileSync(join(dir, name), 'utf8'));
    parsed++;
  }
}
process.stdout.write(`${parsed}\n`);
