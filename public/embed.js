/*! 社区工作者薪酬测算 — embed script. Paste on a portal page:
 *   <script src="https://your.host/pay/embed.js" data-policy="yinchuan" async></script>
 * Options (data-*): policy (locks the estimator to that district), lang (zh|en), elder (1),
 * view (estimate|compare), target (a CSS selector of an element to fill; without it the iframe
 * goes right after this script tag), title (the iframe's accessible name).
 * The iframe sizes itself: it is sent a hello (again until it answers: the app may start after
 * the frame's load event), then posts its height; only messages from this iframe's own window
 * and origin, in the expected shape, are heeded. No dependencies, no inline styles in markup
 * (sizes are set through the CSSOM), nothing fetched but the app itself.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var appUrl = new URL("./", script.src);
  var appOrigin = appUrl.origin;
  var d = script.dataset;

  var query = new URLSearchParams();
  query.set("embed", "1");
  ["policy", "lang", "elder", "view"].forEach(function (k) {
    if (d[k]) query.set(k, d[k]);
  });
  appUrl.search = query.toString();

  var frame = document.createElement("iframe");
  frame.src = appUrl.href;
  frame.title = d.title || (d.lang === "en" ? "Community worker pay estimator" : "社区工作者薪酬测算");
  frame.loading = "lazy";
  frame.referrerPolicy = "strict-origin-when-cross-origin";
  // The "open in a new window" link must open the full app, not a sandboxed copy.
  frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
  var style = frame.style;
  style.width = "100%";
  style.border = "0";
  style.display = "block";
  style.height = "640px";

  var answered = false;
  var tries = 0;
  function hello() {
    if (answered || !frame.contentWindow) return;
    frame.contentWindow.postMessage({ type: "shequ-pay:hello" }, appOrigin);
    if (++tries < 40) setTimeout(hello, 250 * Math.min(tries, 8));
  }
  frame.addEventListener("load", function () {
    answered = false;
    tries = 0;
    hello();
  });

  window.addEventListener("message", function (event) {
    if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
    var data = event.data;
    if (!data || data.type !== "shequ-pay:height" || typeof data.height !== "number") return;
    var h = Math.ceil(data.height);
    if (!(h >= 100 && h <= 20000)) return;
    answered = true;
    style.height = h + "px";
  });

  var target = null;
  try {
    target = d.target ? document.querySelector(d.target) : null;
  } catch (e) {
    // not a selector: the iframe goes after the script tag
  }
  if (target) {
    target.appendChild(frame);
  } else if (script.parentNode) {
    script.parentNode.insertBefore(frame, script.nextSibling);
  }
})();
