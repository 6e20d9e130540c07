#!/usr/bin/env node
// Trunk's post_build hook (Trunk.toml): runs on the staging dir before Trunk publishes it, in
// order (Trunk runs the hooks of one stage at the same time, and both steps rewrite index.html):
//   1. externalize-loader.mjs: the inline loader into a file, for a strict CSP;
//   2. minify.mjs: release builds only, terser on the glue and the snippets, wasm-opt again.
import { externalize } from './externalize-loader.mjs';
import { minifyDir } from './minify.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post-build.mjs runs as a Trunk hook ($TRUNK_STAGING_DIR)');
try {
  const loader = externalize(dir, process.env.TRUNK_PUBLIC_URL || undefined);
  console.log(loader ? `post-build: Trunk loader moved to ${loader}` : 'post-build: no inline Trunk loader found');
  if (process.env.TRUNK_PROFILE === 'release') {
    for (const line of await minifyDir(dir)) console.log(`post-build: minified ${line}`);
  }
} catch (err) {
  console.error(`post-build: ${err.message}`);
  process.exit(1);
}
