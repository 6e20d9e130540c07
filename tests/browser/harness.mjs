// Browser test harness: the release build (dist/, from scripts/build-release) served by
// scripts/static-server.mjs under /pay/ on a free port, opened in Debian's headless Chromium
// driven by playwright-core. Nothing is downloaded; no request may leave the server's origin.
//
//   import { test, before, after } from 'node:test';
//   import { launchApp, axe } from './harness.mjs';
//   let app;
//   before(async () => { app = await launchApp({ csp: true }); });
//   after(() => app?.close());            // also fails if a request went to another origin
//   test('x', async () => {
//     const page = await app.openApp('?lang=zh');   // waits until the wasm app has started
//     ...
//     assert.deepEqual(await axe(page), []);
//   });
//
// Run: node --test tests/browser/      (scripts/test does it after building dist/)
// Env: CHROMIUM_PATH overrides `which chromium`; DIST overrides dist/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { start } from '../../scripts/static-server.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = process.env.DIST ?? join(REPO, 'dist');
const AXE_SOURCE_PATH = join(REPO, 'node_modules/axe-core/axe.min.js');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium not found on PATH: run scripts/setup (Debian package chromium)');
  }
}

// Request URLs that never touch the network.
const LOCAL_SCHEMES = ['data:', 'blob:', 'about:'];

/**
 * Serves dist/ and launches Chromium with a fresh profile.
 * @param {{csp?: boolean|string, compress?: boolean, base?: string, root?: string,
 *          viewport?: {width: number, height: number}, locale?: string,
 *          allowOrigins?: string[]}} options  allowOrigins: other servers a test runs on
 *          purpose (a portal's page embedding the app); their requests are let through.
 */
export async function launchApp({
  csp = false,
  compress = false,
  base = '/pay/',
  root = DIST,
  viewport = { width: 1280, height: 800 },
  locale = 'zh-CN',
  allowOrigins = [],
} = {}) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run scripts/build-release first`);
  }
  const server = await start({ root, base, port: 0, csp, compress });
  const userDataDir = mkdtempSync(join(tmpdir(), 'shequ-pay-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
      locale,
      timeout: 60_000,
    });
  } catch (err) {
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }

  const requests = []; // every request any page made: { url, method, resourceType }
  const responses = []; // { url, status, contentType, contentEncoding }
  const foreignRequests = []; // those to another origin (aborted, never sent)
  const allowed = (url) =>
    LOCAL_SCHEMES.some((s) => url.startsWith(s)) ||
    [server.origin, ...allowOrigins].includes(new URL(url).origin);
  const pageErrors = []; // uncaught exceptions in pages
  const consoleErrors = []; // console.error messages

  // Every request passes here; anything not for our server is recorded and aborted.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    if (!foreignRequests.includes(url)) foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (req) => {
    const url = req.url();
    requests.push({ url, method: req.method(), resourceType: req.resourceType() });
    if (!allowed(url) && !foreignRequests.includes(url)) {
      foreignRequests.push(url);
    }
  });
  context.on('response', async (res) => {
    const headers = await res.allHeaders().catch(() => ({}));
    responses.push({
      url: res.url(),
      status: res.status(),
      contentType: headers['content-type'],
      contentEncoding: headers['content-encoding'],
    });
  });
  // Trunk's loader fires TrunkApplicationStarted once init() of the wasm module has returned.
  // (Init scripts are injected by the DevTools protocol, so a strict CSP does not block them.)
  await context.addInitScript(() => {
    window.__trunkStarted = false;
    addEventListener('TrunkApplicationStarted', () => {
      window.__trunkStarted = true;
    });
  });

  function watch(page) {
    page.on('pageerror', (err) => pageErrors.push(String(err?.stack ?? err)));
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    return page;
  }
  context.pages().forEach(watch);
  context.on('page', watch);

  /**
   * Opens the app (optionally with a query: '?a=1', 'a=1' or {a: 1}) in a new page and waits
   * until the wasm app has started. Pass { waitForStart: false } to skip the wait.
   */
  async function openApp(query = '', { waitForStart = true, timeout = 30_000 } = {}) {
    if (query && typeof query === 'object') query = new URLSearchParams(query).toString();
    if (query && !query.startsWith('?')) query = '?' + query;
    const page = await context.newPage();
    const errorsBefore = pageErrors.length;
    await page.goto(server.url + query, { waitUntil: 'load', timeout });
    if (waitForStart) {
      const deadline = Date.now() + timeout;
      while (!(await page.evaluate(() => window.__trunkStarted))) {
        if (pageErrors.length > errorsBefore) {
          throw new Error(`the app failed to start:\n${pageErrors.slice(errorsBefore).join('\n')}`);
        }
        if (Date.now() > deadline) {
          throw new Error(
            `the app did not start within ${timeout} ms` +
              (consoleErrors.length ? `; console errors:\n${consoleErrors.join('\n')}` : ''),
          );
        }
        await page.waitForTimeout(50);
      }
    }
    return page;
  }

  function assertNoForeignRequests() {
    if (foreignRequests.length) {
      throw new Error(
        `requests left the origin ${server.origin}:\n  ${foreignRequests.join('\n  ')}`,
      );
    }
  }

  let closed = false;
  async function close() {
    if (closed) return;
    closed = true;
    try {
      await context.close();
    } finally {
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
    assertNoForeignRequests();
  }

  return {
    url: server.url,
    origin: server.origin,
    context,
    requests,
    responses,
    foreignRequests,
    pageErrors,
    consoleErrors,
    openApp,
    // Under the strict CSP a <script> tag is blocked (and logs a console error): evaluate instead.
    axe: (page, opts = {}) => axe(page, { via: csp ? 'evaluate' : 'auto', ...opts }),
    assertNoForeignRequests,
    close,
  };
}

let axeSource;

/**
 * Runs axe-core (WCAG 2 A and AA rules) on the page and returns the violations (an array; empty
 * when there are none). axe is injected with a <script> tag; where that is blocked (a strict CSP
 * forbids inline scripts), or with { via: 'evaluate' }, its source is evaluated through the
 * DevTools protocol instead, which CSP does not apply to.
 * @param {import('playwright-core').Page} page
 * @param {{via?: 'auto'|'script-tag'|'evaluate', context?: unknown, options?: object}} opts
 */
export async function axe(page, { via = 'auto', context = undefined, options = {} } = {}) {
  axeSource ??= readFileSync(AXE_SOURCE_PATH, 'utf8');
  const loaded = () => page.evaluate(() => typeof window.axe?.run === 'function');
  if (!(await loaded()) && via !== 'evaluate') {
    try {
      await page.addScriptTag({ content: axeSource });
    } catch (err) {
      if (via === 'script-tag') throw err;
    }
  }
  if (!(await loaded())) {
    if (via === 'script-tag') throw new Error('axe-core could not be injected with a <script> tag (CSP?)');
    await page.evaluate(axeSource);
  }
  if (!(await loaded())) throw new Error('axe-core could not be injected');
  const runOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, ...options };
  return page.evaluate(
    async ([ctx, opts]) => {
      const result = await window.axe.run(ctx ?? document, opts);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, summary: n.failureSummary })),
      }));
    },
    [context, runOptions],
  );
}

/** A readable multi-line summary of axe violations, for assertion messages. */
export function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.html}`).join('\n'),
    )
    .join('\n');
}

/** Waits until the locator's text matches (contains a string, or matches a RegExp), and returns it. */
export async function expectText(locator, pattern, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let last = null;
  for (;;) {
    last = await locator
      .first()
      .textContent({ timeout: 500 })
      .catch(() => null);
    const ok = last !== null && (pattern instanceof RegExp ? pattern.test(last) : last.includes(pattern));
    if (ok) return last;
    if (Date.now() > deadline) assert.fail(`${locator}: expected ${pattern}, got ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A figure of the report (`data-figure`), in a page or a frame. */
export const figure = (page, key) => page.locator(`.result-body [data-figure="${key}"]`);

/** Opens the app and waits for the first estimate. */
export async function openEstimate(app, query = '') {
  const page = await app.openApp(query);
  await page.locator('.result-body [data-figure]').first().waitFor();
  return page;
}
