#!/usr/bin/env node
// Minifies the JavaScript of a release build: wasm-bindgen's glue (web-<hash>.js) and our
// snippets (snippets/**/*.js), which Trunk 0.21 publishes as written even with `minify`. Every
// first visit fetches them, against the 100 KB budget (scripts/size-budget): terser takes the
// glue from ~4.9 to ~3.4 KB gzip.
//
// Run by the Trunk post_build hook (scripts/post-build.mjs) after externalize-loader.mjs, on the
// staging dir, for release builds only, so `trunk serve` stays debuggable. Property
// names are never mangled: the wasm module imports the glue's functions by name. Each file's
// `integrity` in index.html is updated to its new content.
//
// Usage:
//   node scripts/minify-js.mjs DIR           # minify DIR's scripts and update DIR/index.html
//   node scripts/minify-js.mjs --check DIR   # exit 1 unless every integrity in DIR/index.html
//                                            # matches its file (a browser refuses the file else)
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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
    const file = relative(dir, path);
    const before = sri(code);
    if (html.includes(before)) html = html.replaceAll(before, sri(result.code));
    done.push(`${file} ${code.length} -> ${result.code.length} B`);
  }
  writeFileSync(htmlPath, html);
  return done;
}

/** The files index.html names with an integrity that does not match their content. */
export function badIntegrity(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const bad = [];
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*\bintegrity=[^>]*>/g)) {
    const url = tag.match(/\b(?:href|src)=["']?([^"'\s>]+)/)?.[1];
    const want = tag.match(/\bintegrity=["']?([^"'\s>]+)/)?.[1];
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
  if (!argv[0]) throw new Error('usage: minify-js.mjs DIR | --check DIR');
  for (const line of await minifyDir(argv[0])) console.log(`minify-js: ${line}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`minify-js: ${err.message}`);
    process.exit(1);
  });
}
