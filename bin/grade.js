#!/usr/bin/env node
// The only place that touches process.exitCode: everything else returns an exit code.
'use strict';
const { loadCli } = require('./load-cli.js');

loadCli().cli.main().then((code) => { process.exitCode = code; });
