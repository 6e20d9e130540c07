// The few DOM routines that cost less in JS than as calls out of wasm, each one call from Rust.

// browser.rs's `fill`: the changes diff.rs found (`diff::changes` says how they are written),
// made in one call: a text, or the attributes to set ("name\x04value") and remove ("name").
// False as soon as a node is not what was expected.
export function patch(region, changes) {
  for (const change of changes.split("\x02")) {
    const [path, names, kind, value] = change.split("\x01");
    const tags = names.split(".");
    const steps = path.split(".");
    let node = region;
    for (let i = 0; i < steps.length; i++) {
      node = node.childNodes[steps[i]];
      const ok = tags[i] ? node?.nodeName.toLowerCase() == tags[i].toLowerCase() : node?.nodeType == 3;
      if (!ok) return false;
    }
    if (kind == "t") {
      node.nodeValue = value;
      continue;
    }
    for (const attr of value.split("\x03")) {
      const [name, v] = attr.split("\x04");
      if (v == null) node.removeAttribute(name);
      else node.setAttribute(name, v);
    }
  }
  return true;
}

// browser.rs's `out_of_view`: whether an element was in the viewport at the last frame, as an
// IntersectionObserver reports it after each frame (asking for its place in a keystroke would
// force a layout). In view until the first report.
const shown = new WeakMap();
let watcher;
export function in_view(el) {
  if (!shown.has(el)) {
    watcher ??= new IntersectionObserver((entries) => {
      for (const e of entries) shown.set(e.target, e.isIntersecting);
    });
    watcher.observe(el);
    shown.set(el, true);
  }
  return shown.get(el);
}

// browser.rs's `first`: runs f in a task of its own, ahead of the tasks and the frame waiting
// where the browser lets a page ask for that (user-blocking priority), else as soon as a timer.
export function first(f) {
  if (globalThis.scheduler?.postTask) scheduler.postTask(f, { priority: "user-blocking" });
  else setTimeout(f);
}

// browser.rs's `stored_elder` and `store_elder`: 长者模式 as remembered on this device. Read
// here, as the module loads, so that on a network it is done while the wasm is on its way: the
// first read of storage waits on the browser (2–5 ms), which in the first draw would hold up the
// first estimate. Null when it was never set or storage is unavailable (private modes, sandboxed
// frames).
const ELDER = "shequ-pay.elder";
let elder = null;
try {
  elder = localStorage.getItem(ELDER);
} catch {}
export const stored_elder = () => elder;
export function store_elder(on) {
  elder = on ? "1" : "0";
  try {
    localStorage.setItem(ELDER, elder);
  } catch {}
}

// embed.rs's browser plumbing (see there).
const $ = (id) => document.getElementById(id);

export function connect() {
  if (parent === window) return;
  const root = document.documentElement;
  let origin;
  let last;
  const post = () => {
    const height = root.getBoundingClientRect().height;
    if (origin && height !== last) {
      last = height;
      parent.postMessage({ type: "shequ-pay:height", height }, origin);
    }
  };
  addEventListener("message", (e) => {
    if (e.source === parent && e.origin !== "null" && e.data && e.data.type === "shequ-pay:hello") {
      origin = e.origin;
      last = 0;
      post();
    }
  });
  new ResizeObserver(post).observe(root);
}

export function show() {
  const script = document.createElement("script");
  script.src = "embed.js";
  const policy = $("em-policy").value;
  const view = $("em-view");
  view.options[2].disabled = !!policy; // locked to a district: no comparison
  if (policy && view.value === "compare") view.value = "";
  const data = {
    policy,
    lang: $("em-lang").value,
    elder: $("em-elder").checked ? "1" : "",
    view: view.value,
  };
  let code = '<script src="' + script.src + '"';
  for (const k in data) {
    if (data[k]) code += " data-" + k + '="' + (script.dataset[k] = data[k]) + '"';
  }
  $("em-code").value = code + " async></" + "script>";
  $("em-status").textContent = "";
  $("em-preview").replaceChildren(script);
}

export function copy(copied, select) {
  const say = (ok) => ($("em-status").textContent = ok ? copied : select);
  $("em-code").select();
  if (navigator.clipboard) navigator.clipboard.writeText($("em-code").value).then(() => say(1), () => say());
  else say();
}
