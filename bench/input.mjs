// The input measurement bench/measure.mjs and bench/ab.mjs share: changes to the years of service,
// each timed in the page from the input event to the frame that shows the new figures.
import { TYPING_PACE_MS } from './conditions.mjs';

/**
 * `count` input changes to #f-years, measured in the page. Each change is dispatched at the start
 * of an animation frame (inside a rAF callback, so waiting for vsync is not counted): t0, set
 * the value, dispatch 'input' (bubbling, as typing does); the time is taken in a task posted
 * from that callback, which runs once the frame has been rendered; if the figures have not
 * changed by then (an update scheduled later than the frame), the next frame is awaited.
 * Values alternate between short and long service so every change moves the figures.
 * `pace`: ms between one change's frame and the next change, as between keystrokes (the page
 * finishes what it does after the figures); 0: back to back, the next frame.
 * `watch`: the elements whose texts are the figures (on a phone's screen, the bar at its foot,
 * `#jump`: the report is below the form there).
 */
export async function inputChanges(page, count, offset = 0, pace = TYPING_PACE_MS, watch = '[data-figure]') {
  return page.evaluate(
    async ([count, offset, pace, watch]) => {
      const input = document.getElementById('f-years');
      const figures = () => [...document.querySelectorAll(watch)].map((e) => e.textContent).join('|');
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const one = (value) =>
        new Promise((resolve) => {
          requestAnimationFrame(() => {
            const before = figures();
            let tMutation = null;
            const mo = new MutationObserver(() => {
              if (tMutation == null && figures() !== before) tMutation = performance.now();
            });
            mo.observe(document.body, { childList: true, subtree: true, characterData: true });
            const t0 = performance.now();
            input.value = String(value);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            const tHandler = performance.now();
            let frames = 0;
            const done = () => {
              const now = performance.now();
              const changed = figures() !== before;
              if (!changed && frames < 3) {
                frames++;
                requestAnimationFrame(post);
                return;
              }
              mo.disconnect();
              resolve({
                total: now - t0,
                handler: tHandler - t0,
                mutation: tMutation == null ? null : tMutation - t0,
                changed,
                frames,
              });
            };
            const post = () => {
              const ch = new MessageChannel();
              ch.port1.onmessage = done;
              ch.port2.postMessage(0);
            };
            post();
          });
        });
      const out = [];
      for (let i = 0; i < count; i++) {
        const k = i + offset;
        const value = k % 2 === 0 ? 1 + ((k >> 1) % 9) : 20 + ((k >> 1) % 12);
        out.push(await one(value));
        await frame();
        if (pace > 0) await new Promise((r) => setTimeout(r, pace));
      }
      return out;
    },
    [count, offset, pace, watch],
  );
}
