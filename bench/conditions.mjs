// The conditions both bench/measure.mjs and bench/ab.mjs measure under, as issue 5 sets them.

// Slow 4G (DevTools protocol units: bytes per second, ms).
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
export const CPU_SLOWDOWN = 4;
export const VIEWPORT_DESKTOP = { width: 1280, height: 800 };
export const VIEWPORT_PHONE = { width: 412, height: 823 }; // Lighthouse's mobile screen
// Between one input change's frame and the next change, as between keystrokes: the page is left
// to finish what it draws after the figures (bench/input.mjs).
export const TYPING_PACE_MS = 100;
