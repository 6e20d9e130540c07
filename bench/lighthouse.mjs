// One Lighthouse run (npm `lighthouse`, installed by `npm ci --prefix bench`), mobile, on Debian's
// Chromium, as bench/measure.mjs and bench/ab.mjs run it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/harness.mjs';

const BIN = join(import.meta.dirname, 'node_modules/.bin/lighthouse');

/**
 * Runs Lighthouse on `url` for the comma-separated `categories`, writes its report to `out`, and
 * returns its scores and the figures the benchmark reports, or `{ error }`. Asynchronous, so that
 * a static server answering it may run in the caller's process.
 */
export async function lighthouse(url, out, categories) {
  if (!existsSync(BIN)) return { error: 'lighthouse is not installed (npm ci --prefix bench)' };
  rmSync(out, { force: true });
  const r = await new Promise((done) => {
    const child = spawn(
      BIN,
      [
        url,
        `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
        `--only-categories=${categories}`,
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        '--max-wait-for-load=60000',
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath() }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // On a timeout, SIGINT: Lighthouse's launcher then closes the Chromium it started.
    const timer = setTimeout(() => {
      child.kill('SIGINT');
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    }, 240_000);
    child.on('error', (error) => (clearTimeout(timer), done({ status: null, output, error })));
    child.on('close', (status, signal) => (clearTimeout(timer), done({ status, signal, output })));
  });
  if (!existsSync(out)) {
    return { error: `lighthouse exited ${r.status ?? r.signal}: ${(r.output || r.error?.message || '').trim().split('\n').slice(-5).join(' | ')}` };
  }
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const below = {};
  for (const [id, cat] of Object.entries(lhr.categories)) {
    below[id] = cat.auditRefs
      .filter((a) => a.weight > 0 && lhr.audits[a.id]?.score != null && lhr.audits[a.id].score < 1)
      .map((a) => ({ id: a.id, score: lhr.audits[a.id].score, value: lhr.audits[a.id].displayValue ?? null, title: lhr.audits[a.id].title }));
  }
  const a = (id) => lhr.audits[id];
  return {
    version: lhr.lighthouseVersion,
    formFactor: lhr.configSettings.formFactor,
    throttling: lhr.configSettings.throttlingMethod,
    scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') },
    lcpMs: a('largest-contentful-paint')?.numericValue ?? null,
    fcpMs: a('first-contentful-paint')?.numericValue ?? null,
    tbtMs: a('total-blocking-time')?.numericValue ?? null,
    cls: a('cumulative-layout-shift')?.numericValue ?? null,
    speedIndexMs: a('speed-index')?.numericValue ?? null,
    totalByteWeight: a('total-byte-weight')?.numericValue ?? null,
    below,
    warnings: lhr.runWarnings,
  };
}
