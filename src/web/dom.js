// The few DOM routines that cost less in JS than as calls out of wasm, each one call from Rust.

// browser.rs's `fill`: the changes diff.rs found (`diff::encode`), made in one call. Each
// record (split by \x02) holds, split by \x01: the child indexes from the region, the tag names
// expected along them ("" for the text node), then "t" and the text, or "a" and each attribute's
// name and value (\x03: remove it). False as soon as a node is not what was expected.
export function patch(region, changes) {
  for (const change of changes.split("\x02")) {
    const [path, names, kind, ...rest] = change.split("\x01");
    const tags = names.split(".");
    let node = region;
    for (const [i, index] of path.split(".").entries()) {
      node = node.childNodes[index];
      const ok = tags[i] ? node?.nodeName.toLowerCase() == tags[i].toLowerCase() : node?.nodeType == 3;
      if (!ok) return false;
    }
    if (kind == "t") node.nodeValue = rest[0];
    for (let i = 0; kind == "a" && i < rest.length; i += 2) {
      if (rest[i + 1] == "\x03") node.removeAttribute(rest[i]);
      else node.setAttribute(rest[i], rest[i + 1]);
    }
  }
  return true;
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
