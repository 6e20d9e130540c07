// The input anchor of bench/run ("static page, five texts"): the static floor page, and on each
// change of the years of service the five figures' texts set (one text node each, as the app
// patches them). Its "input → figures on screen" is what this page's style, layout and paint
// cost when all five figures change, with no app work at all. Served as /floor-input/.
const texts = [...document.querySelectorAll('[data-figure]')]
  .map((el) => el.firstChild)
  .filter((node) => node?.nodeType === Node.TEXT_NODE);
const shown = texts.map((node) => node.nodeValue);
// Another text of the same length (its first digit changed), so that every change moves all five.
const other = shown.map((t) => t.replace(/\d/, (d) => String((Number(d) + 1) % 10)));
let flip = false;
document.getElementById('f-years')?.addEventListener('input', () => {
  flip = !flip;
  texts.forEach((node, i) => (node.nodeValue = flip ? other[i] : shown[i]));
});
