#!/usr/bin/env node
// Shrinks a release build further than Trunk does, since every first visit fetches it against the
// 100 KB budget (scripts/size-budget):
// - the JavaScript: wasm-bindgen's glue (web-<hash>.js) and our snippets (snippets/**/*.js), which
//   Trunk 0.21 publishes as written even with `minify` (its minifier fails on them: "Failed to
//   minify JS"). terser takes the glue from ~4.9 to ~3.7 KB gzip. Property names are never
//   mangled: the wasm module imports the glue's functions by name.
// - the wasm: a second wasm-opt pass with what Trunk cannot pass to it (-Oz --converge, and
//   --low-memory-unused --zero-filled-memory, both true of a Rust module: nothing lives below
//   1 KB and a new instance's memory is zeroed): ~0.4 KB gzip.
// Each file's `integrity` in index.html is updated to its new content.
//
// Run by the Trunk post_build hook (scripts/post-build.mjs) after externalize-loader.mjs, on the
// staging dir, for release builds only, so `trunk serve` stays debuggable.
//
// Usage:
//   node scripts/minify.mjs DIR           # shrink DIR's scripts and wasm, update DIR/index.html
//   node scripts/minify.mjs --check DIR   # exit 1 unless every integrity in DIR/index.html
//                                         # matches its file (a browser refuses the file else)
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { minify } from 'terser';

function scripts(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...scripts(path));
    else if (name.endsWith('.js') && name !== 'embed.js') out.push(path);
  }
  return out;
}

const sri = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

export async function minifyDir(dir) {
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  const done = [];
  for (const path of scripts(dir)) {
    const code = readFileSync(path, 'utf8');
    const result = await minify(code, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
    if (!result.code || result.code.length >= code.length) continue;
    writeFileSync(path, result.code);
    // The link or script that names this file carries its integrity.
    html = html.replaceAll(sri(code), sri(result.code));
    done.push(`${relative(dir, path)} ${code.length} -> ${result.code.length} B`);
  }
  for (const name of readdirSync(dir).filter((n) => n.endsWith('_bg.wasm'))) {
    const path = join(dir, name);
    const before = readFileSync(path);
    const wasmOpt = join(import.meta.dirname, '../node_modules/.bin/wasm-opt');
    const flags = ['-Oz', '--converge', '--low-memory-unused', '--zero-filled-memory'];
    execFileSync(wasmOpt, [path, ...flags, '-o', path], { stdio: ['ignore', 'ignore', 'inherit'] });
    const after = readFileSync(path);
    html = html.replaceAll(sri(before), sri(after));
    done.push(`${name} ${before.length} -> ${after.length} B`);
  }
  writeFileSync(htmlPath, html);
  return done;
}

/** The files index.html names with an integrity that does not match their content. */
export function badIntegrity(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const bad = [];
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*(?<![\w-])integrity=[^>]*>/g)) {
    const url = tag.match(/\b(?:href|src)=["']?([^"'\s>]+)/)?.[1];
    const want = tag.match(/(?<![\w-])integrity=["']?([^"'\s>]+)/)?.[1];
    // The URL carries the public URL (/pay/, ./): the file is the longest tail that exists.
    const parts = (url ?? '').split('/');
    const path = parts.map((_, i) => join(dir, ...parts.slice(i))).find((p) => p !== dir && existsSync(p) && statSync(p).isFile());
    if (!path || want !== sri(readFileSync(path))) bad.push(url ?? tag);
  }
  return bad;
}

async function main(argv) {
  if (argv[0] === '--check') {
    const bad = badIntegrity(argv[1] ?? 'dist');
    if (bad.length) {
      console.error(`integrity does not match the file: ${bad.join(', ')}`);
      process.exit(1);
    }
    console.log(`${argv[1] ?? 'dist'}/index.html: every integrity matches its file`);
    return;
  }
  if (!argv[0]) throw new Error('usage: minify.mjs DIR | --check DIR');
  for (const line of await minifyDir(argv[0])) console.log(`minify: ${line}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`minify: ${err.message}`);
    process.exit(1);
  });
}
