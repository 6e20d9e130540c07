#!/usr/bin/env node
// Two release builds of the app compared in one run, alternating, for a change that claims to be
// faster. This host's speed varies from day to day and minute to minute (the same build's input
// latency measured 22 ms one day and 55 ms another), so figures from different runs of bench/run
// cannot show a gain of less than about 2×; measured in turns, A then B, in the same minutes,
// they can.
//
//   node bench/ab.mjs DIST_A DIST_B [--rounds N] [--loads N] [--lighthouse N] [--out FILE]
//
// DIST_A and DIST_B are builds made by `scripts/build-release /pay/` (e.g. with DIST=, one of them
// from a git worktree of the older commit). Measures, the same way as bench/measure.mjs:
//   input → figures on screen at 4× CPU: N rounds of 50 changes of #f-years per build, in turns,
//   and as many on a phone's screen, timed to the total in the bar at its foot (#jump);
//   first estimate on screen, unthrottled and at Slow 4G + 4× CPU on a phone's screen: N cold
//   loads per build each, in turns;
//   Lighthouse mobile performance, its total blocking time and LCP: --lighthouse N runs per build
//   (default 3; 0: none), in turns.
// Writes a Markdown table to --out (default bench/out/ab.md) and prints it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { start } from '../scripts/static-server.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/harness.mjs';
import { CPU_SLOWDOWN, VIEWPORT_PHONE } from './conditions.mjs';
import { inputChanges } from './input.mjs';
import { lighthouse } from './lighthouse.mjs';
import { FIGURE, freshPage } from './page.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const rounds = Number(option('--rounds', 4));
const loads = Number(option('--loads', 10));
const lighthouseRuns = Number(option('--lighthouse', 3));
const out = resolve(option('--out', join(import.meta.dirname, 'out/ab.md')));
// Lighthouse writes its reports beside it: a fresh clone has no bench/out yet.
mkdirSync(join(import.meta.dirname, 'out'), { recursive: true });
mkdirSync(dirname(out), { recursive: true });
if (args.length !== 2 || !(rounds > 0) || !(loads > 0) || !(lighthouseRuns >= 0)) {
  console.error('usage: node bench/ab.mjs DIST_A DIST_B [--rounds N] [--loads N] [--lighthouse N] [--out FILE]');
  process.exit(2);
}
// Each build is served at /pay/ by its own server (another origin: no shared cache).
const builds = await Promise.all(
  args.map(async (dist) => {
    const server = await start({ root: resolve(dist), base: '/pay/', csp: true, compress: true });
    return { dist, origin: server.origin, server, input: [], handler: [], phoneInput: [], first: [], slow: [], bar: [], lh: [] };
  }),
);
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });

/** A fresh page as bench/measure.mjs loads them; `phone`: Slow 4G and 4× CPU on a phone's screen. */
const page = (phone = false) =>
  freshPage(browser, phone ? { throttle: true, cpu: CPU_SLOWDOWN, viewport: VIEWPORT_PHONE } : {});

/**
 * 50 changes at 4× CPU, measured as bench/measure.mjs measures them (bench/input.mjs); `phone`:
 * on a phone's screen, timed to the total in the bar at its foot.
 */
async function inputRound(build, phone = false) {
  const { context, page: p, cdp } = await freshPage(browser, phone ? { viewport: VIEWPORT_PHONE } : {});
  const watch = phone ? '#jump' : undefined;
  await p.goto(build.origin + '/pay/');
  await p.locator(FIGURE).waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await inputChanges(p, 4, 1000, undefined, watch); // warm-up, not counted
  const samples = await inputChanges(p, 50, 0, undefined, watch);
  if (phone) {
    build.phoneInput.push(...samples.map((s) => s.total));
  } else {
    build.input.push(...samples.map((s) => s.total));
    build.handler.push(...samples.map((s) => s.handler));
  }
  await context.close();
}

/** One cold load: navigation start to the total on screen (the frame after it appears). */
async function firstLoad(build, phone = false) {
  const { context, page: p } = await page(phone);
  await p.goto(build.origin + '/pay/', { waitUntil: 'commit' });
  await p.waitForFunction(() => window.__bench?.firstPaint != null, null, { polling: 50, timeout: 60_000 });
  const mark = await p.evaluate(() => window.__bench);
  (phone ? build.slow : build.first).push(mark.firstPaint);
  if (phone && mark.barPaint != null) build.bar.push(mark.barPaint);
  await context.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const ms = (x) => `${x.toFixed(1)} ms`;
const all = (xs) => ` (${xs.join(', ')})`;

for (const build of builds) await firstLoad(build); // warm-up, not counted
builds.forEach((b) => (b.first.length = 0));
for (let r = 0; r < rounds; r++) for (const build of builds) await inputRound(build);
for (let r = 0; r < rounds; r++) for (const build of builds) await inputRound(build, true);
for (let i = 0; i < loads; i++) for (const build of builds) await firstLoad(build);
for (let i = 0; i < loads; i++) for (const build of builds) await firstLoad(build, true);
await browser.close();
for (let i = 0; i < lighthouseRuns; i++) {
  for (const [k, build] of builds.entries()) {
    const r = await lighthouse(build.origin + '/pay/', join(import.meta.dirname, `out/ab-lighthouse-${'ab'[k]}.json`), 'performance');
    if (r.error) throw new Error(`Lighthouse on ${build.dist}: ${r.error}`);
    build.lh.push(r);
  }
}
await Promise.all(builds.map((b) => b.server.close?.()));

const [a, b] = builds;
const ratio = (f) => `${(f(a) / f(b)).toFixed(2)}×`;
const rows = [
  ['Input → figures, 4× CPU, median', (x) => median(x.input)],
  ['Input → figures, 4× CPU, p95', (x) => p95(x.input)],
  ['Input handler, 4× CPU, median', (x) => median(x.handler)],
  ["Input → the total in a phone's bar (#jump), 4× CPU (412 px), median", (x) => median(x.phoneInput)],
  ['First estimate on screen, unthrottled, median', (x) => median(x.first)],
  ['First estimate on screen, Slow 4G + 4× CPU (412 px), median', (x) => median(x.slow)],
  ["  … the total in a phone's bar (#jump), median", (x) => median(x.bar)],
];
const lighthouseRows = [
  ['Lighthouse mobile performance, median', (x) => x.lh.map((r) => r.scores.performance), (v) => `${v}`],
  ['Lighthouse total blocking time, median', (x) => x.lh.map((r) => Math.round(r.tbtMs)), (v) => `${v} ms`],
  ['Lighthouse LCP, median', (x) => x.lh.map((r) => Math.round(r.lcpMs)), (v) => `${v} ms`],
];
const table = [
  `A/B in one run (bench/ab.mjs), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${rounds} rounds × 50 input changes and ${loads} cold loads per build, in turns.`,
  '',
  `| measure | A: \`${a.dist}\` | B: \`${b.dist}\` | A ÷ B |`,
  '|---|---|---|---|',
  ...rows.map(([name, f]) => `| ${name} | ${ms(f(a))} | ${ms(f(b))} | ${ratio(f)} |`),
  ...(lighthouseRuns
    ? lighthouseRows.map(([name, f, show]) => `| ${name} of ${lighthouseRuns} | ${show(median(f(a)))}${all(f(a))} | ${show(median(f(b)))}${all(f(b))} | |`)
    : []),
  '',
].join('\n');
writeFileSync(out, table);
console.log(table);
process.exit(0);
