// Entry of a `grade batch` worker thread: the bundled worker (dist/batch-worker.cjs) loaded with
// its code cache, as the CLI is, so a worker is ready to grade sooner.
'use strict';
const { join } = require('node:path');
const { loadBundle } = require('./load-cli.js');

loadBundle(join(__dirname, '..', 'dist', 'batch-worker.cjs'));
