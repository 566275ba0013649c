#!/usr/bin/env node
// The only place that sets the process's exit: everything else returns an exit code.
'use strict';
const { join } = require('node:path');
const { cliCacheFor, loadBundle, loadCli, setOptimizing } = require('./load-cli.js');

// A run interrupted while it holds a temporary file removes it, then ends with 128 + the signal.
const exit = (code) => process.exit(code);
// The build's parses of the shipped criteria and registry: the CLI is told where they are, as
// the code that loads files never looks for build output itself.
const parsed = join(__dirname, '..', 'dist', 'parsed');
// The YAML parser, for files the build did not parse: bundled with its own code cache, loaded on first use.
const yaml = () => loadBundle(join(__dirname, '..', 'dist', 'yaml.cjs')).exports;
// Commands that do much work briefly turn V8's optimising compiler off (src/io/compiler.ts).
const argv = process.argv.slice(2);
loadCli({ cache: cliCacheFor(argv) }).cli.main(argv, { exit, parsed, yaml, optimizing: setOptimizing }).then((code) => { process.exitCode = code; });
