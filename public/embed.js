/*! 社区工作者薪酬测算 — embed script. Paste on a portal page:
 *   <script src="https://your.host/pay/embed.js" data-policy="yinchuan" async></script>
 * Options (data-*): policy, lang (zh|en), elder (1), view (estimate|compare|career), target (a CSS
 * selector of an element to fill; without it the iframe goes right after this script tag),
 * title (the iframe's accessible name).
 * The iframe sizes itself: the app posts its height, and only messages from this iframe's own
 * window and origin, in the expected shape, are heeded. No dependencies, no inline styles in
 * markup (sizes are set through the CSSOM), nothing fetched but the app itself.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var appUrl = new URL("./", script.src);
  var appOrigin = appUrl.origin;
  var HEIGHT = "shequ-pay:height";
  var HELLO = "shequ-pay:hello";
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
  frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-modals");
  frame.style.width = "100%";
  frame.style.border = "0";
  frame.style.display = "block";
  frame.style.height = "640px";

  function hello() {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: HELLO }, appOrigin);
  }
  frame.addEventListener("load", hello);

  window.addEventListener("message", function (event) {
    if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
    var data = event.data;
    if (!data || data.type !== HEIGHT || typeof data.height !== "number") return;
    var h = Math.ceil(data.height);
    if (!(h >= 100 && h <= 20000)) return;
    frame.style.height = h + "px";
  });

  var target = d.target ? document.querySelector(d.target) : null;
  if (target) {
    target.appendChild(frame);
  } else if (script.parentNode) {
    script.parentNode.insertBefore(frame, script.nextSibling);
  }
})();
