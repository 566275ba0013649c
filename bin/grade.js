#!/usr/bin/env node
// The only place that touches process.exitCode: everything else returns an exit code.
import { main } from '../dist/cli.js';

process.exitCode = await main();
