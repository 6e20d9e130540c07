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
