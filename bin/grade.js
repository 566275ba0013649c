#!/usr/bin/env node
// The only place that sets the process's exit: everything else returns an exit code.
'use strict';
const { loadCli } = require('./load-cli.js');

// A run interrupted while it holds a temporary file removes it, then ends with 128 + the signal.
const exit = (code) => process.exit(code);
loadCli().cli.main(process.argv.slice(2), { exit }).then((code) => { process.exitCode = code; });
