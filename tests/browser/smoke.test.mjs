// Smoke test: the release build loads and renders in Chromium, from /pay/, with no request
// leaving the origin; once as a plain static host serves it and once with a strict CSP and
// br/gzip compression (which also proves the loader is not an inline script).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchApp } from './harness.mjs';

for (const mode of [
  { name: 'plain static host', csp: false, compress: false },
  { name: 'strict CSP + compression', csp: true, compress: true },
]) {
  describe(`smoke: ${mode.name}`, () => {
    let app;
    before(async () => {
      app = await launchApp({ csp: mode.csp, compress: mode.compress });
    });
    after(() => app?.close());

    test('the app renders under /pay/ and nothing leaves the origin', async (t) => {
      const page = await app.openApp();
      const root = page.locator('#hello, #app').first();
      await root.waitFor({ state: 'visible', timeout: 15_000 });
      t.diagnostic(`rendered: ${(await root.innerText()).slice(0, 60)}`);

      assert.deepEqual(app.pageErrors, [], 'uncaught errors in the page');
      assert.deepEqual(app.consoleErrors, [], 'console errors (e.g. CSP violations)');
      assert.deepEqual(app.foreignRequests, [], 'requests to another origin');
      assert.ok(app.requests.length > 0);

      const wasm = app.responses.find((r) => r.url.endsWith('.wasm'));
      assert.ok(wasm, 'the wasm module was fetched');
      assert.equal(wasm.status, 200);
      assert.equal(wasm.contentType, 'application/wasm');
      if (mode.compress) assert.equal(wasm.contentEncoding, 'br');

      // The accessibility helper must work in this mode too (the app's own tests assert on it).
      const violations = await app.axe(page);
      assert.ok(Array.isArray(violations));
      t.diagnostic(`axe wcag2a/wcag2aa violations: ${violations.map((v) => v.id).join(', ') || 'none'}`);
      assert.deepEqual(app.consoleErrors, [], 'console errors after running axe');
    });
  });
}
