// Runs before the app, as a classic script (it needs no module and no WebAssembly): says what is
// wrong when the page cannot start for a reason other than an old browser.
//
// A frame sandboxed without `allow-same-origin` gives the page an opaque origin ("null"): the
// browser then refuses the app's module scripts and its WebAssembly (a module script is fetched
// with CORS, and "null" is no origin the server could allow). The message of index.html would
// blame WebAssembly; this one says what the embedding page must change. Not minified by hand:
// scripts/minify.mjs runs terser on it.
(function () {
  if (self.origin !== 'null') return;
  var box = document.querySelector('#boot .boot-fail');
  if (!box) return;
  var lines = [
    ['h1', '', '社区工作者薪酬测算'],
    ['p', '', '测算工具无法在这个框架中运行：嵌入它的页面给 iframe 设置了 sandbox，却没有允许 allow-same-origin，浏览器因此不加载本工具的脚本。请网站维护者按本工具“嵌入到您的网站”页的说明嵌入（或在 sandbox 中加上 allow-scripts allow-same-origin）；您也可以直接打开本工具的网址。'],
    ['p', 'en', 'The estimator cannot run in this frame: the page embedding it sandboxes the iframe without allow-same-origin, so the browser will not load the estimator’s scripts. The site’s maintainer can embed it as its “Embed on your site” page describes (or add allow-scripts allow-same-origin to the sandbox); you can also open the estimator’s address directly.'],
  ];
  box.textContent = '';
  for (var i = 0; i < lines.length; i++) {
    var el = document.createElement(lines[i][0]);
    if (lines[i][1]) el.lang = lines[i][1];
    el.textContent = lines[i][2];
    box.appendChild(el);
  }
  box.className += ' boot-now';
  box.setAttribute('data-reason', 'sandbox');
})();
