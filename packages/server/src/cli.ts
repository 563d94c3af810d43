#!/usr/bin/env node
// `inspraak <command>` (the package's bin; `npm run inspraak -- <command>` in the repository):
// serve, sites, migrate, backup. `inspraak --help` and `inspraak <command> --help` tell more.
import { runCli } from './cli/program.ts';

process.exitCode = await runCli(process.argv.slice(2));
