#!/usr/bin/env node
// Bundles the web explorer (src/explorer) and GraphiQL into dist/explorer with
// esbuild: every script, stylesheet and font comes from npm, so the pages work
// offline. `npm run build:explorer`; `npm run build` runs it after tsc.
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const src = path.join(root, 'src/explorer');
const outdir = path.join(root, 'dist/explorer');

async function buildExplorer() {
  fs.rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: { app: path.join(src, 'main.ts'), graphiql: path.join(src, 'graphiql/main.tsx') },
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    sourcemap: true,
    jsx: 'automatic',
    tsconfig: path.join(src, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file', '.png': 'file' },
    assetNames: 'assets/[name]-[hash]',
    logLevel: 'warning',
  });
  fs.copyFileSync(path.join(src, 'index.html'), path.join(outdir, 'index.html'));
  fs.copyFileSync(path.join(src, 'graphiql/index.html'), path.join(outdir, 'graphiql.html'));
}

buildExplorer().then(
  () => console.log(`explorer built into ${path.relative(root, outdir)}/`),
  (error) => {
    console.error(`explorer build failed: ${error.message}`);
    process.exit(1);
  },
);
