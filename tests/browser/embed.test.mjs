// Embedding (issue 4), in headless Chromium against the release build. Three origins, as on the
// web: the app (under /pay/, with the strict CSP plus frame-ancestors for the portal), a portal
// page (tests/browser/fixtures/host.html: the one script tag, data-policy="yinchuan", under the
// portal's own strict CSP) and a third site the portal also frames (fixtures/other.html).
// Checked: the iframe appears, shows the Yinchuan estimate with minimal chrome and follows the
// app's height as it grows and shrinks; messages from anyone but the right frame and its parent
// are ignored; no CSP violation anywhere; the embed page writes the right snippet, previews it
// and copies it; axe-core finds nothing; nothing inside the app leaves the app's origin.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { STRICT_CSP, start } from '../../scripts/static-server.mjs';
import { axe, formatViolations, launchApp } from './harness.mjs';

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Waits until `fn()` is truthy, and returns it. */
async function until(fn, message, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await fn().catch(() => false);
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out: ${message}`);
    await sleep(50);
  }
}

/** Waits until the locator's text matches, and returns it. */
async function expectText(locator, pattern) {
  let last = null;
  await until(async () => {
    last = await locator.first().textContent({ timeout: 500 });
    return pattern instanceof RegExp ? pattern.test(last) : last.includes(pattern);
  }, `${locator}: expected ${pattern}, got ${JSON.stringify(last)}`);
  return last;
}

/** The iframe element's height, and the height of the app's document inside it. */
async function heights(iframe, frame) {
  const outer = await iframe.evaluate((el) => el.clientHeight);
  const inner = await frame.evaluate(() => ({
    doc: document.documentElement.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
  }));
  return { outer, ...inner };
}

/** Waits until the iframe is as tall as the app's document (±2 px, no scrolling inside). */
async function fitted(iframe, frame, message = 'the iframe fits the app') {
  let h;
  await until(async () => {
    h = await heights(iframe, frame);
    return Math.abs(h.outer - h.doc) <= 2 && h.scroll <= h.outer + 2;
  }, `${message}: ${JSON.stringify(h)}`);
  return h;
}

/** The frame an iframe element shows, once the app in it has started. */
async function appFrame(iframe, url) {
  const handle = await iframe.elementHandle();
  let frame;
  await until(async () => {
    frame = await handle.contentFrame();
    return frame?.url().startsWith(url) && (await frame.evaluate(() => window.__trunkStarted));
  }, `the app starts in ${await iframe.getAttribute('src')}`);
  return frame;
}

const figure = (frame, key) => frame.locator(`.result-body [data-figure="${key}"]`);

describe('embedding', () => {
  let app, host, other;
  const dirs = [];
  const violations = []; // securitypolicyviolation events, any frame of any page
  const appRequests = []; // requests made from inside the app (its pages and frames) elsewhere
  const heightMessages = []; // what the portal page received from the app's frame

  before(async () => {
    const site = async () => {
      const root = mkdtempSync(join(tmpdir(), 'shequ-pay-site-'));
      dirs.push(root);
      return { root, ...(await start({ root, base: '/', port: 0 })) };
    };
    host = await site();
    other = await site();
    app = await launchApp({
      csp: `${STRICT_CSP}; frame-ancestors 'self' ${host.origin}`,
      compress: true,
      allowOrigins: [host.origin, other.origin],
    });
    const fill = (name) =>
      readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
        .replaceAll('__APP__', app.url)
        .replaceAll('__APP_ORIGIN__', app.origin)
        .replaceAll('__OTHER_ORIGIN__', other.origin);
    writeFileSync(join(host.root, 'host.html'), fill('host.html'));
    writeFileSync(join(other.root, 'other.html'), fill('other.html'));

    // CSP violations are reported from every frame (bindings and init scripts are injected by
    // the DevTools protocol: the CSP does not apply to them).
    await app.context.exposeBinding('__cspViolation', ({ frame }, text) => {
      violations.push(`${frame.url()}: ${text}`);
    });
    await app.context.exposeBinding('__heightMessage', (_, message) => heightMessages.push(message));
    await app.context.addInitScript(() => {
      addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    app.context.on('request', (req) => {
      let from;
      try {
        from = req.frame().url();
      } catch {
        return; // not from a frame (a service worker)
      }
      const url = req.url();
      if (from.startsWith(app.origin) && !/^(data|blob|about):/.test(url) && !url.startsWith(app.origin)) {
        appRequests.push(`${from} -> ${url}`);
      }
    });
  });

  after(async () => {
    await app?.close(); // fails if a request went to an origin other than the three
    await host?.close();
    await other?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    assert.deepEqual(app.pageErrors, [], 'uncaught errors in a page');
    // The one expected error: the third site is refused when it frames the app itself.
    const errors = app.consoleErrors.filter((e) => !/frame-ancestors/.test(e));
    assert.deepEqual(errors, [], 'console errors');
  });

  /** Opens the portal's page and waits for the embedded app. */
  async function openHost() {
    const page = await app.context.newPage();
    await page.goto(host.url + 'host.html');
    await page.evaluate(() => {
      addEventListener('message', (e) => {
        if (e.source === document.querySelector('iframe')?.contentWindow) {
          window.__heightMessage({ origin: e.origin, data: e.data });
        }
      });
    });
    const iframe = page.locator('iframe').first();
    await iframe.waitFor({ state: 'attached' });
    // loading="lazy": the iframe loads when it is near the viewport.
    await iframe.scrollIntoViewIfNeeded();
    const frame = await appFrame(iframe, app.url);
    await figure(frame, 'annual_total').waitFor();
    return { page, iframe, frame };
  }

  test('one script tag on a portal page: the iframe, the Yinchuan estimate, minimal chrome', async () => {
    const { page, iframe, frame } = await openHost();
    // Right after the script tag, with the options as the query.
    assert.equal(await page.evaluate(() => document.querySelector('script + iframe') !== null), true);
    const src = new URL(await iframe.getAttribute('src'));
    assert.equal(src.origin + src.pathname, app.url);
    assert.equal(src.search, '?embed=1&policy=yinchuan');
    assert.equal(await iframe.getAttribute('title'), '社区工作者薪酬测算');
    assert.equal(await iframe.getAttribute('loading'), 'lazy');

    await expectText(frame.locator('#live'), /^银川市/);
    await expectText(figure(frame, 'annual_total'), /元/);
    assert.equal(await frame.isVisible('[data-disclaimer]'), true, 'the disclaimer stays');
    // Minimal chrome: no masthead, footer or language switch; locked: no district select, no
    // comparison.
    assert.equal(await frame.locator('.masthead, #lang-switch, #print, .skip').count(), 0);
    assert.equal(await frame.isVisible('#footer'), false);
    assert.equal(await frame.isVisible('#f-policy'), false, 'the district is the portal’s');
    assert.equal(await frame.isVisible('#tab-compare'), false, 'no comparison when locked');
    assert.equal(await frame.evaluate(() => document.documentElement.className), 'embed');
    // The full app, with the same query minus embed, in a new window.
    const open = frame.locator('#open-full');
    await expectText(open, '在新窗口打开');
    assert.equal(await open.getAttribute('target'), '_blank');
    const full = new URL(await open.getAttribute('href'), frame.url());
    assert.equal(full.origin + full.pathname, app.url);
    assert.equal(full.searchParams.get('policy'), 'yinchuan');
    assert.equal(full.searchParams.has('embed'), false);
    // …which follows the inputs, and opens the full app outside the sandbox.
    await frame.fill('#f-years', '10');
    await until(async () => new URL(await open.getAttribute('href'), app.url).searchParams.get('years') === '10', 'link follows');
    const [popup] = await Promise.all([page.waitForEvent('popup'), open.click()]);
    await popup.waitForURL(/years=10/);
    assert.equal(new URL(popup.url()).searchParams.has('embed'), false);
    await until(() => popup.evaluate(() => window.__trunkStarted), 'the full app starts');
    assert.equal(await popup.locator('.masthead').count(), 1, 'the full app, with its masthead');
    await popup.close();
    await page.close();
  });

  test('the iframe grows and shrinks with the app; the host page’s history is left alone', async () => {
    const { page, iframe, frame } = await openHost();
    const history = await page.evaluate(() => history.length);
    const h0 = await fitted(iframe, frame);
    assert.ok(h0.outer > 300 && h0.outer !== 640, `sized from the app (${h0.outer} px)`);

    const level = frame.locator('details:has([data-figure="level"]) > summary');
    await level.click();
    await until(async () => (await heights(iframe, frame)).outer > h0.outer + 50, 'grows');
    const h1 = await fitted(iframe, frame, 'open explanation');
    await level.click();
    await until(async () => (await heights(iframe, frame)).outer < h1.outer - 50, 'shrinks');
    const h2 = await fitted(iframe, frame, 'closed again');
    assert.ok(Math.abs(h2.outer - h0.outer) <= 2, `back to ${h0.outer} (${h2.outer})`);

    // 长者模式: larger text, a taller page.
    await frame.click('#elder-switch');
    await until(async () => (await heights(iframe, frame)).outer > h0.outer + 50, 'elder mode grows');
    await fitted(iframe, frame, '长者模式');
    await frame.click('#elder-switch');
    await fitted(iframe, frame, '长者模式 off');

    // Typing in the frame writes no history entry: the portal's back button leaves the portal.
    await frame.fill('#f-years', '12');
    await frame.selectOption('#f-position', 'head');
    await expectText(figure(frame, 'level'), /级/);
    await fitted(iframe, frame, 'another profile');
    assert.equal(await page.evaluate(() => history.length), history);
    assert.equal(new URL(frame.url()).search, '?embed=1&policy=yinchuan');

    // Every message the portal got from the app: a height, with the app's origin.
    assert.ok(heightMessages.length > 0);
    for (const m of heightMessages) {
      assert.equal(m.origin, app.origin);
      assert.deepEqual(Object.keys(m.data), ['type', 'height']);
      assert.equal(m.data.type, 'shequ-pay:height');
      assert.equal(typeof m.data.height, 'number');
    }
    await page.close();
  });

  test('heights from anyone but the app’s frame, and hellos from anyone but its parent, are ignored', async () => {
    const { page, iframe, frame } = await openHost();
    const h0 = await fitted(iframe, frame);

    // Any script on the portal page posting a height to the page itself.
    await page.evaluate(() => window.postMessage({ type: 'shequ-pay:height', height: 3000 }, '*'));
    // A third site's frame on the portal: a height to the portal, a hello to the app.
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.title = 'other';
      document.body.append(f);
    }, other.url + 'other.html');
    const third = await until(async () => page.frames().find((f) => f.url().startsWith(other.origin)), 'third frame');
    await third.waitForLoadState('load');
    await third.evaluate(() => {
      window.got = [];
      addEventListener('message', (e) => window.got.push(e.data));
      parent.postMessage({ type: 'shequ-pay:height', height: 4321 }, '*');
      parent.frames[0].postMessage({ type: 'shequ-pay:hello' }, '*');
    });
    // The app's own window saying hello to itself is not its parent either.
    await frame.evaluate(() => window.postMessage({ type: 'shequ-pay:hello' }, '*'));
    await sleep(700);
    assert.equal((await heights(iframe, frame)).outer, h0.outer, 'the height did not move');
    assert.deepEqual(await third.evaluate(() => window.got), [], 'the app answered nobody but its parent');
    // The stray hellos did not take the heights elsewhere: the frame still follows the app.
    await frame.locator('details:has([data-figure="base_pay_monthly"]) > summary').click();
    await until(async () => (await heights(iframe, frame)).outer > h0.outer + 50, 'still grows');
    await fitted(iframe, frame, 'after the stray messages');
    await page.close();

    // Not in a frame: a hello is nobody's, and nothing is posted.
    const top = await app.openApp('?embed=1&policy=yinchuan');
    const got = await top.evaluate(
      () =>
        new Promise((ok) => {
          const got = [];
          addEventListener('message', (e) => got.push(e.data));
          postMessage({ type: 'shequ-pay:hello' }, '*');
          setTimeout(() => ok(got), 500);
        }),
    );
    assert.deepEqual(got, [{ type: 'shequ-pay:hello' }], 'no height posted by a page that is not framed');
    await top.close();
  });

  test('data-target, data-lang and data-title; a second snippet sizes its own frame', async () => {
    const { page } = await openHost();
    await page.evaluate((src) => {
      const slot = document.createElement('div');
      slot.id = 'slot';
      document.body.prepend(slot);
      const script = document.createElement('script');
      script.src = src;
      Object.assign(script.dataset, { target: '#slot', lang: 'en', title: 'Pay estimator' });
      document.body.append(script);
    }, app.url + 'embed.js');
    const iframe = page.locator('#slot > iframe');
    await iframe.waitFor({ state: 'attached' });
    assert.equal(await iframe.getAttribute('title'), 'Pay estimator');
    assert.equal(new URL(await iframe.getAttribute('src')).search, '?embed=1&lang=en');
    await iframe.scrollIntoViewIfNeeded();
    const frame = await appFrame(iframe, app.url);
    assert.equal(await frame.getAttribute('html', 'lang'), 'en');
    await frame.locator('#f-policy').waitFor({ state: 'visible' }); // not locked: the visitor chooses
    await fitted(iframe, frame, 'the second frame');
    await page.close();
  });

  test('embed mode honours lang, elder and view; open to every district it offers the tabs', async () => {
    const page = await app.openApp('?embed=1&lang=en&elder=1&view=compare');
    await page.locator('.compare-table').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.evaluate(() => document.documentElement.className), 'elder embed');
    assert.equal(await page.getAttribute('#elder-switch', 'aria-pressed'), 'true');
    await expectText(page.locator('#open-full'), 'Open in a new window');
    assert.equal(await page.getAttribute('#tab-compare', 'aria-current'), 'page');
    await page.click('#tab-estimate');
    await page.locator('#f-policy').waitFor({ state: 'visible' });
    await page.selectOption('#f-policy', 'xishan');
    await expectText(page.locator('#live'), /Xishan/);
    assert.equal(new URL(page.url()).search, '?embed=1&lang=en&elder=1&view=compare', 'the URL stays');
    await page.close();

    // Locked, a comparison asked for shows the district's estimate.
    const locked = await app.openApp('?embed=1&policy=guandu&view=compare');
    await expectText(locked.locator('#live'), /官渡区/);
    assert.equal(await locked.locator('.compare-table').count(), 0);
    await locked.close();
  });

  test('the embed page (嵌入到您的网站): options → snippet, live preview, copy, headers', async () => {
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    const start = await app.openApp('?policy=yinchuan');
    // Reached from the footer of the app.
    await start.getByRole('link', { name: '嵌入到您的网站' }).click();
    await until(async () => new URL(start.url()).searchParams.get('view') === 'embed', 'view=embed');
    await expectText(start.locator('#result-h'), '嵌入到您的网站');
    assert.match(await start.title(), /^嵌入到您的网站 · /);
    assert.equal(await start.isVisible('.form-panel'), false);
    const page = start;
    const code = page.locator('#em-code');
    const script = (attrs) => `<script src="${app.url}embed.js"${attrs} async></script>`;
    await until(async () => (await code.inputValue()) === script(''), 'the default snippet');

    await page.selectOption('#em-policy', 'yinchuan');
    await page.selectOption('#em-lang', 'en');
    await page.check('#em-elder');
    const locked = script(' data-policy="yinchuan" data-lang="en" data-elder="1"');
    await until(async () => (await code.inputValue()) === locked, `snippet: ${await code.inputValue()}`);
    assert.equal(await page.isDisabled('#em-view option[value="compare"]'), true, 'locked: no comparison');

    // The preview is the real embed.js with these options, sized by its height messages.
    const preview = page.locator('#em-preview iframe');
    await until(async () => (await preview.getAttribute('src'))?.includes('policy=yinchuan'), 'preview');
    assert.equal(await preview.getAttribute('src'), `${app.url}?embed=1&policy=yinchuan&lang=en&elder=1`);
    await preview.scrollIntoViewIfNeeded();
    const frame = await appFrame(preview, app.url);
    await figure(frame, 'annual_total').waitFor();
    assert.equal(await frame.getAttribute('html', 'lang'), 'en');
    assert.equal(await frame.evaluate(() => document.documentElement.className), 'elder embed');
    await fitted(preview, frame, 'the preview fits');
    const previewViolations = await axe(frame, { via: 'evaluate' });
    assert.deepEqual(previewViolations, [], `preview:\n${formatViolations(previewViolations)}`);

    // Opening on the career view.
    await page.selectOption('#em-view', 'career');
    const career = script(' data-policy="yinchuan" data-lang="en" data-elder="1" data-view="career"');
    await until(async () => (await code.inputValue()) === career, `snippet: ${await code.inputValue()}`);
    const careerFrame = await appFrame(page.locator('#em-preview iframe'), app.url);
    await careerFrame.locator('[data-career="next"]').waitFor();
    assert.equal(await careerFrame.getAttribute('#tab-career', 'aria-current'), 'page');

    // Every district, opening on the comparison.
    await page.selectOption('#em-policy', '');
    await page.selectOption('#em-view', 'compare');
    const open = script(' data-lang="en" data-elder="1" data-view="compare"');
    await until(async () => (await code.inputValue()) === open, `snippet: ${await code.inputValue()}`);
    const compareFrame = await appFrame(page.locator('#em-preview iframe'), app.url);
    await compareFrame.locator('.compare-table').waitFor();

    // Copy.
    await page.bringToFront();
    await page.click('#em-copy');
    await expectText(page.locator('#em-status'), '已复制。');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), open);

    // The headers, with this origin.
    await expectText(page.locator('#report pre').nth(0), `script-src ${app.origin}; frame-src ${app.origin}`);
    await expectText(page.locator('#report pre').nth(1), "script-src 'self' 'wasm-unsafe-eval'");
    await expectText(page.locator('#report pre').nth(1), "frame-ancestors 'self' https://");

    // The page itself (the preview frame was checked above).
    const violations = await app.axe(page, { options: { iframes: false } });
    assert.deepEqual(violations, [], formatViolations(violations));
    await page.close();
  });

  test('the embed page in English', async () => {
    const page = await app.openApp('?view=embed&lang=en');
    await expectText(page.locator('#result-h'), 'Embed on your site');
    await expectText(page.locator('label[for="em-code"]'), 'Code');
    assert.equal(await page.locator('#em-lang option[lang="zh-CN"]').textContent(), '中文');
    const violations = await app.axe(page, { options: { iframes: false } });
    assert.deepEqual(violations, [], formatViolations(violations));
    await page.close();
  });

  test('the embed page keeps the options chosen, the snippet and the preview across a language switch', async () => {
    const page = await app.openApp('?view=embed');
    const code = page.locator('#em-code');
    await until(async () => (await code.inputValue()).includes('embed.js'), 'a snippet');
    await page.selectOption('#em-policy', 'xishan');
    await page.selectOption('#em-view', 'career');
    await page.check('#em-elder');
    const snippet = await code.inputValue();
    assert.match(snippet, /data-policy="xishan".*data-elder="1".*data-view="career"/);
    await page.locator('#em-preview iframe').waitFor();
    await page.evaluate(() => (document.querySelector('#em-preview iframe').dataset.mark = 'kept'));
    await page.click('#lang-switch');
    await expectText(page.locator('label[for="em-code"]'), 'Code');
    assert.equal(await page.inputValue('#em-policy'), 'xishan');
    assert.equal(await page.inputValue('#em-view'), 'career');
    assert.equal(await page.isChecked('#em-elder'), true);
    assert.equal(await code.inputValue(), snippet);
    assert.equal(await page.getAttribute('#em-preview iframe', 'data-mark'), 'kept', 'the preview stays');
    await page.close();
  });

  test('axe-core: embed mode, locked and open, in a frame and alone', async () => {
    const { page, frame } = await openHost();
    await frame.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    let violations = await axe(frame, { via: 'evaluate' });
    assert.deepEqual(violations, [], `in the portal's frame:\n${formatViolations(violations)}`);
    await page.close();
    for (const query of ['?embed=1', '?embed=1&view=compare&elder=1', '?embed=1&policy=xishan&lang=en']) {
      const alone = await app.openApp(query);
      await alone.locator('.result-body > *').first().waitFor();
      violations = await app.axe(alone);
      assert.deepEqual(violations, [], `${query}:\n${formatViolations(violations)}`);
      await alone.close();
    }
  });

  test('strict CSP: the figures in the app, in embed mode and on the portal, with no violation', async () => {
    const head = (await fetch(app.url)).headers.get('content-security-policy');
    assert.ok(head.startsWith(STRICT_CSP), head);
    const q = '?policy=yinchuan&position=head&years=10&education=bachelor&stars=3';
    for (const query of [q, `${q}&embed=1`]) {
      const page = await app.openApp(query);
      await expectText(figure(page, 'annual_total'), /^50,400 元$/);
      await page.close();
    }
    const career = await app.openApp(`${q}&embed=1&view=career`);
    await career.locator('figure.chart svg').first().waitFor();
    await career.close();
    const { page, frame } = await openHost();
    await frame.selectOption('#f-position', 'head');
    await frame.fill('#f-years', '10');
    await frame.selectOption('#f-education', 'bachelor');
    await frame.selectOption('#f-stars', '3');
    await expectText(figure(frame, 'annual_total'), /^50,400 元$/);
    await page.close();
    assert.deepEqual(violations, [], 'securitypolicyviolation events');
    assert.deepEqual(app.consoleErrors.filter((e) => /Content.Security.Policy/i.test(e)), []);
  });

  test('nothing inside the app leaves its origin', () => {
    assert.deepEqual(appRequests, []);
  });

  test('frame-ancestors: another site cannot frame the app (last: it logs a refusal)', async () => {
    const page = await app.context.newPage();
    await page.goto(other.url + 'other.html');
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.title = 'app';
      document.body.append(f);
    }, `${app.url}?embed=1`);
    await sleep(1500);
    const child = page.frames().find((f) => f !== page.mainFrame());
    const started = await child.evaluate(() => !!document.getElementById('app')).catch(() => false);
    assert.equal(started, false, 'the app did not load in a frame of another site');
    await page.close();
  });
});
