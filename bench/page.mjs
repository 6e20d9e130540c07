// The cold page bench/measure.mjs and bench/ab.mjs measure in: a fresh browser context with the
// in-page marks below, the cache disabled, and the conditions asked for.
import { SLOW_4G, VIEWPORT_DESKTOP } from './conditions.mjs';

/** The figure whose first appearance is "the first estimate on screen". */
export const FIGURE = '[data-figure="annual_total"]';

/**
 * A fresh context (empty cache, no connections, no compiled-code cache) and page, with the
 * instrumentation, cache disabled, and the given throttling: `throttle` Slow 4G, `cpu` the CPU
 * slowdown.
 */
export async function freshPage(browser, { throttle = false, cpu = 1, viewport = VIEWPORT_DESKTOP } = {}) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'block' });
  await context.addInitScript(initScript, FIGURE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { context, page, cdp };
}

// In-page instrumentation, injected before any of the page's scripts (page.addInitScript; the
// DevTools protocol injects it, so the strict CSP does not block it).
//   __bench.firstDom    performance.now() when [data-figure="annual_total"] first has text
//   __bench.firstPaint  the same, after the next animation frame has been rendered (rAF, then a
//                       user-blocking task posted from it, which runs once that frame's
//                       rendering is done)
//   __bench.anyDom/anyPaint/anyKey   the same for the first [data-figure] of any kind
//   __bench.fcp, lcp, started (TrunkApplicationStarted), wasm (the module's exports)
// performance.now() counts from navigation start.
function initScript(figureSelector) {
  const b = (window.__bench = { figureSelector });
  // The task that takes the time is posted at user-blocking priority, so that it runs as soon as
  // the frame is rendered: a task of normal priority (a message, a timer) waits behind every task
  // the page queued before it, and the app queues its second half of the first draw (the form,
  // on a wide screen) before that frame, which then counted against the figure already painted.
  const afterFrame = (cb) =>
    requestAnimationFrame(() => {
      const mark = () => cb(performance.now());
      if (window.scheduler?.postTask) return void scheduler.postTask(mark, { priority: 'user-blocking' });
      const ch = new MessageChannel();
      ch.port1.onmessage = mark;
      ch.port2.postMessage(0);
    });
  const hasText = (el) => !!el && el.textContent.trim() !== '';
  let mo = null;
  const check = () => {
    if (b.anyDom == null) {
      const any = [...document.querySelectorAll('[data-figure]')].find(hasText);
      if (any) {
        b.anyDom = performance.now();
        b.anyKey = any.getAttribute('data-figure');
        afterFrame((t) => (b.anyPaint = t));
      }
    }
    // On a phone's screen the total first shows in the bar at its foot (#jump; the report's
    // figures are below the form there): when it has one, as information beside the figure.
    if (b.barDom == null && /\d/.test(document.getElementById('jump')?.textContent ?? '')) {
      b.barDom = performance.now();
      afterFrame((t) => (b.barPaint = t));
    }
    if (b.firstDom == null) {
      const el = document.querySelector(figureSelector);
      if (hasText(el)) {
        b.firstDom = performance.now();
        b.figure = el.textContent.trim();
        afterFrame((t) => {
          b.firstPaint = t;
          mo?.disconnect();
        });
      }
    }
  };
  mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true, characterData: true });
  addEventListener('TrunkApplicationStarted', (e) => {
    b.started = performance.now();
    Object.defineProperty(b, 'wasm', { value: e.detail?.wasm, enumerable: false });
  });
  addEventListener('DOMContentLoaded', () => ((b.dcl = performance.now()), check()));
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      const es = list.getEntries();
      if (es.length) b.lcp = es[es.length - 1].startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    /* not supported: fcp/lcp stay empty */
  }
  window.addEventListener('error', (e) => (b.errors ??= []).push(String(e.message)));
}
