#!/usr/bin/env node
// The `sovgraph` command: runs the built CLI (npm ci builds dist/ via "prepare").
require('../dist/cli/main.js').main(process.argv).then((code) => {
  process.exitCode = code;
});
