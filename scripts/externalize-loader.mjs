#!/usr/bin/env node
// Moves Trunk's inline module loader out of index.html into a file, so that the page runs under
// a strict Content-Security-Policy with no inline scripts (script-src 'self' 'wasm-unsafe-eval').
//
// Why: Trunk 0.21 always injects its loader as an inline <script type="module"> that imports the
// wasm-bindgen JS and calls init(). It has no option to emit it as a file: `data-loader-shim` is
// only for web workers, `--no-sri` only drops integrity attributes, `create_nonce` only suits a
// server that fills in a per-request nonce, and `pattern_script` can only template inline text
// (the hashed file names are known only at build time). So we post-process the HTML.
//
// How: run by the Trunk post_build hook (scripts/post-build.mjs, see Trunk.toml), i.e. after
// Trunk has written the final index.html into its staging dir ($TRUNK_STAGING_DIR) and before it
// publishes the staging dir as dist/, so `trunk build` and `trunk serve` both produce the same
// layout. The loader's text is kept verbatim in loader-<hash>.js (its imports use the public URL,
// e.g. /pay/web-<hash>.js, or ./ for a relative public URL, which resolves the same from a file
// next to index.html), and the inline script is replaced by
//   <script type="module" src="{public_url}loader-<hash>.js" integrity="sha384-..."></script>
// (integrity only when Trunk's SRI is on, i.e. the page has other integrity attributes).
//
// Usage:
//   node scripts/externalize-loader.mjs            # uses $TRUNK_STAGING_DIR
//   node scripts/externalize-loader.mjs DIR        # rewrite DIR/index.html
//   node scripts/externalize-loader.mjs --check DIR   # exit 1 if DIR/index.html has an inline script
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// <script ...>body</script> where the attributes have no src=.
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)([^>]*)>([\s\S]*?)<\/script\s*>/gi;

export function inlineScripts(html) {
  return [...html.matchAll(INLINE_SCRIPT)].filter((m) => m[2].trim() !== '');
}

export function externalize(dir, publicUrl) {
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  // Trunk's loader: a module script that imports init from the wasm-bindgen JS.
  const loaders = inlineScripts(html).filter(
    (m) => /\btype\s*=\s*["']?module/i.test(m[1]) && /\bimport\s+init\b/.test(m[2]),
  );
  if (loaders.length === 0) return null; // nothing to do (already external, or no rust app)
  if (loaders.length > 1) throw new Error(`${htmlPath}: ${loaders.length} Trunk loaders found, expected 1`);
  const [whole, attrs, body] = loaders[0];
  const code = body.trim() + '\n';
  const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), code);
  const base = publicUrl ?? guessBase(html);
  const sri = /\bintegrity\s*=/.test(html)
    ? ` integrity="sha384-${createHash('sha384').update(code).digest('base64')}"`
    : '';
  const nonce = attrs.match(/\snonce\s*=\s*("[^"]*"|'[^']*'|\S+)/)?.[0] ?? '';
  html = html.replace(whole, `<script type="module" src="${base}${name}"${sri}${nonce}></script>`);
  writeFileSync(htmlPath, html);
  return name;
}

// The public URL is the prefix of the import in Trunk's loader: import init from '/pay/web-x.js'.
function guessBase(html) {
  const m = html.match(/import\s+init[^'"]*from\s+['"]([^'"]*\/)[^'"/]+['"]/);
  if (!m) throw new Error('cannot find the public URL; pass it as TRUNK_PUBLIC_URL');
  return m[1];
}

function main(argv) {
  if (argv[0] === '--check') {
    const dir = argv[1] ?? 'dist';
    const left = inlineScripts(readFileSync(join(dir, 'index.html'), 'utf8'));
    if (left.length) {
      console.error(`${dir}/index.html still has ${left.length} inline script(s); a strict CSP would block them:`);
      for (const m of left) console.error('  ' + m[0].slice(0, 160).replace(/\s+/g, ' '));
      process.exit(1);
    }
    console.log(`${dir}/index.html: no inline scripts (strict-CSP ready)`);
    return;
  }
  const dir = argv[0] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('usage: externalize-loader.mjs [DIR | --check DIR] (or set TRUNK_STAGING_DIR)');
  const name = externalize(dir, process.env.TRUNK_PUBLIC_URL || undefined);
  console.log(name ? `externalize-loader: Trunk loader moved to ${name}` : 'externalize-loader: no inline Trunk loader found');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
