// The career view (issue 6) in headless Chromium against the release build, with the strict CSP:
// the projection table checked against figures worked out here from the 套改表 (not from the
// engine) and against the app's own estimate for single years; the level steps where the policy
// puts them; levels without money where amounts are unpublished; a what-if applied by mouse and
// by keyboard; every district over the years; the charts drawn; accessibility (axe-core, normal
// and 长者模式, desktop and phone), print, embed mode. No request may leave the origin.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchApp, formatViolations } from './harness.mjs';

const params = (page) => new URL(page.url()).searchParams;

/** Opens the app and waits for the career view. */
async function open(app, query) {
  const page = await app.openApp(query);
  await page.locator('.result-body .career').waitFor();
  return page;
}

/** The projection table as { years: {level, base, total, notes} }. */
async function projectionTable(page) {
  return page.evaluate(() => {
    const rows = {};
    for (const tr of document.querySelectorAll('#career-caption ~ tbody tr, table:has(#career-caption) tbody tr')) {
      const cell = (key) => tr.querySelector(`td[data-col="${key}"]`)?.textContent ?? null;
      rows[tr.dataset.years] = { level: cell('level'), base: cell('base'), total: cell('total'), notes: cell('notes') };
    }
    return rows;
  });
}

const yuan = (n) => n.toLocaleString('en-US');
const number = (text) => Number(text.replace(/[^\d.]/g, ''));

// 银川 套改表, worked out independently: 3年及以下 is the lowest level, each further 3 years one
// more (a step at 4, 7, … 34 years); staff 1–12; base pay 2000 × (1.15 + 0.05 × (level − 1));
// 0★ performance 300 a month, paid yearly: 3,600.
const yinchuanStaffLevel = (years) => Math.min(12, years <= 3 ? 1 : 1 + Math.floor((years - 1) / 3));
const yinchuanBase = (level) => 2000 * (1.15 + 0.05 * (level - 1));

describe('career view', () => {
  let app;
  before(async () => {
    app = await launchApp({ csp: true, compress: true });
  });
  after(async () => {
    assert.deepEqual(app.pageErrors, [], 'uncaught errors in the page');
    assert.deepEqual(app.consoleErrors, [], 'console errors (e.g. CSP violations)');
    await app.close(); // fails if any request left the origin
  });

  const yinchuan = '?view=career&policy=yinchuan&position=staff&years=0&education=college&certificate=none&stars=0';

  test('reached from the tabs; the URL says view=career', async () => {
    const page = await app.openApp('?policy=yinchuan');
    await page.locator('.result-body [data-figure]').first().waitFor();
    await page.click('#tab-career');
    await page.locator('.result-body .career').waitFor();
    assert.equal(params(page).get('view'), 'career');
    assert.equal(await page.getAttribute('#tab-career', 'aria-current'), 'page');
    assert.equal(await page.textContent('#result-h'), '职业发展');
    assert.match(await page.title(), /^职业发展 · /);
    await page.close();
  });

  test('银川 staff from 0 years: every year of the table is the 套改表 figure', async () => {
    const page = await open(app, yinchuan);
    const rows = await projectionTable(page);
    assert.deepEqual(Object.keys(rows).map(Number).sort((a, b) => a - b), [...Array(36).keys()]);
    // The rows the issue names.
    const named = [0, 3, 4, 7, 34, 35].map((y) => [rows[y].level, rows[y].base]);
    assert.deepEqual(named, [
      ['1', '2,300'], ['1', '2,300'], ['2', '2,400'], ['3', '2,500'], ['12', '3,400'], ['12', '3,400'],
    ]);
    // Every year: level, base pay, and 12 × base + 3,600.
    for (let years = 0; years <= 35; years++) {
      const level = yinchuanStaffLevel(years);
      const base = yinchuanBase(level);
      assert.equal(rows[years].level, String(level), `level at ${years}`);
      assert.equal(rows[years].base, yuan(base), `base at ${years}`);
      assert.equal(rows[years].total, yuan(12 * base + 3600), `total at ${years}`);
    }
    await page.close();
  });

  test('each projected year equals the estimate view for that year', async () => {
    const page = await open(app, yinchuan);
    const rows = await projectionTable(page);
    await page.close();
    for (const years of [0, 4, 19, 20, 35]) {
      const est = await app.openApp(yinchuan.replace('view=career&', '').replace('years=0', `years=${years}`));
      await est.locator('.result-body [data-figure="annual_total"]').waitFor();
      const figure = (key) => est.locator(`.result-body [data-figure="${key}"]`).textContent();
      assert.equal(await est.getAttribute('.result-body [data-figure="level"]', 'data-level'), rows[years].level);
      assert.equal(number(await figure('base_pay_monthly')), number(rows[years].base), `base at ${years}`);
      assert.equal(number(await figure('annual_total')), number(rows[years].total), `total at ${years}`);
      await est.close();
    }
  });

  test('the level steps land where the policy says, with the sentence above the chart', async () => {
    const page = await open(app, yinchuan);
    const rows = await projectionTable(page);
    const stepYears = Object.entries(rows)
      .filter(([, r]) => r.notes.includes('升至'))
      .map(([y]) => Number(y));
    assert.deepEqual(stepYears, [4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34]);
    assert.match(rows[4].notes, /升至 2 级（\+100 元\/月）/);
    assert.match(rows[34].notes, /本岗位最高级/);
    assert.match(rows[20].notes, /5,000 元/); // 连续工作满20年 award
    assert.match(rows[30].notes, /10,000 元/);
    const lead = await page.textContent('[data-career="next"]');
    assert.match(lead, /再工作 4 年升到 2 级（\+100 元\/月）。/);
    assert.match(lead, /满 34 年到达本岗位最高级（12 级）/);
    // The chart marks the steps (a circle per step, on both panels), the top (a diamond) and the
    // two awards (dashed rules).
    const chart = page.locator('figure.chart .chart-svg');
    assert.equal(await chart.locator('use[href="#m0"]').count(), 22);
    assert.equal(await chart.locator('use[href="#m3"]').count(), 2);
    const rules = await chart.locator('path.ms').first().getAttribute('d');
    assert.equal(rules.match(/M/g).length, 2);
    // The rule behind the steps: 工作年限 of the 套改表.
    await page.locator('.career > details.src > summary').first().click();
    assert.match(await page.textContent('.career > details.src'), /工作年限/);
    await page.close();
  });

  test('the chart is drawn: two panels (annual total, base pay) with their lines', async () => {
    const page = await open(app, yinchuan);
    const svg = page.locator('figure.chart .chart-svg');
    assert.equal(await svg.count(), 1);
    assert.equal(await svg.getAttribute('aria-hidden'), 'true', 'the table is its equivalent');
    const lines = await svg.locator('path.ln').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
    assert.equal(lines.length, 2);
    for (const d of lines) assert.ok(d.length > 50 && /^M\d/.test(d), `a line: ${d}`);
    const titles = await svg.locator('text.pt').allTextContents();
    assert.deepEqual(titles, ['全年合计（元）', '基本工资（元/月）']);
    const box = await svg.boundingBox();
    assert.ok(box.width > 300 && box.height > 200, `drawn at ${box.width}×${box.height}`);
    // The data table is there for screen readers, with a caption, in a focusable region.
    assert.equal(await page.textContent('#career-caption'), '逐年测算（假定其他条件不变）');
    assert.equal(await page.getAttribute('[aria-labelledby="career-caption"]', 'tabindex'), '0');
    await page.close();
  });

  test('松山: the level path without money, and says so', async () => {
    const page = await open(app, '?view=career&policy=songshan&position=staff&years=0');
    await page.locator('[data-career="no-money"]').waitFor();
    assert.match(await page.textContent('[data-career="no-money"]'), /未公布.*只显示等级/);
    const rows = await projectionTable(page);
    assert.deepEqual([0, 4, 7, 10].map((y) => rows[y].level), ['1', '2', '3', '4']);
    assert.equal(rows[4].base, null, 'no base pay column');
    assert.equal(rows[4].total, null, 'no total column');
    assert.equal(await page.locator('table:has(#career-caption) td').filter({ hasText: /\d,\d{3}/ }).count(), 0, 'no amounts');
    const titles = await page.locator('figure.chart text.pt').allTextContents();
    assert.deepEqual(titles, ['等级']);
    assert.match(await page.textContent('[data-career="next"]'), /再工作 4 年升到 2 级（未公布）/);
    await page.close();
  });

  test('官渡 and 西山: no ladder, said so; 西山 amounts marked as lower bounds', async () => {
    const guandu = await open(app, '?view=career&policy=guandu');
    assert.match(await guandu.textContent('[data-career="next"]'), /没有公布按工作年限晋升的等级/);
    assert.match(await guandu.textContent('[data-career="no-money"]'), /基本工资未公布/);
    assert.equal(await guandu.locator('figure.chart').count(), 0, 'nothing to chart');
    await guandu.close();
    const xishan = await open(app, '?view=career&policy=xishan&position=deputy&rank_step=7');
    const rows = await projectionTable(xishan);
    assert.equal(rows[0].base, '4,100');
    assert.equal(rows[0].total, '至少 53,000');
    assert.equal(rows[35].total, '至少 53,000');
    assert.deepEqual(await xishan.locator('figure.chart text.pt').allTextContents(), ['全年合计（元）（至少）', '基本工资（元/月）']);
    await xishan.close();
  });

  test('what-if: each next step with its gain and its clause; one click applies it', async () => {
    const page = await open(app, yinchuan);
    const item = page.locator('li.whatif[data-change="certificate"]');
    assert.match(await item.locator('.item-head span').first().textContent(), /助理社会工作师/);
    assert.equal(await item.locator('[data-gain="month"]').textContent(), '+100 元/月');
    assert.equal(await item.locator('[data-gain="year"]').textContent(), '+1,200 元/年');
    assert.equal(await item.locator('[data-gain="level"]').textContent(), '等级 1 → 2 级');
    // The clause: document, clause, quote; the reading flagged as ours.
    assert.match(await item.locator('.cite-doc').textContent(), /《银川市推进社区工作者队伍职业化建设的实施意见\(试行\)》.*六\(十七\)/);
    assert.match(await item.locator('.quote').textContent(), /取得助理社会师的,薪酬可提高1等级/);
    assert.equal(await item.locator('.badge.interp').count(), 1);
    // The others the policy allows: a degree, a star, becoming 正职.
    const changes = await page.locator('li.whatif').evaluateAll((li) => li.map((l) => l.dataset.change));
    assert.deepEqual(changes, ['certificate', 'education', 'stars', 'position']);
    assert.equal(await page.textContent('li.whatif[data-change="stars"] [data-gain="year"]'), '+2,400 元/年');
    assert.equal(await page.textContent('li.whatif[data-change="position"] [data-gain="month"]'), '+600 元/月');

    const length = await page.evaluate(() => history.length);
    await item.locator('button').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('certificate') === 'assistant');
    assert.equal(await page.inputValue('#f-certificate'), 'assistant', 'the form follows');
    assert.equal(params(page).get('view'), 'career', 'still the career view');
    assert.equal(await page.evaluate(() => history.length), length + 1, 'a history entry');
    const rows = await projectionTable(page);
    assert.equal(rows[0].level, '2');
    assert.equal(rows[0].base, '2,400');
    assert.match(await page.textContent('li.whatif[data-change="certificate"] .item-head'), /社会工作师（中级）/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'whatif-h', 'focus stays in the list');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#f-certificate').value === 'none');
    await page.close();
  });

  test('what-if by keyboard: the button is reachable and Enter applies it', async () => {
    const page = await open(app, yinchuan);
    const button = page.locator('li.whatif[data-change="position"] button');
    assert.match(await button.getAttribute('aria-describedby'), /^wi-\d$/);
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('position') === 'head');
    assert.equal(await page.inputValue('#f-position'), 'head');
    const rows = await projectionTable(page);
    assert.equal(rows[0].level, '7');
    assert.equal(rows[0].base, '2,900');
    await page.close();
  });

  test('over the years: every district on one chart and in one table', async () => {
    const page = await open(app, yinchuan);
    const section = page.locator('section.over-time');
    const heads = await section.locator('thead th').allTextContents();
    for (const name of ['银川市', '赤峰市松山区', '昆明市西山区', '昆明市官渡区', '黄石市']) {
      assert.ok(heads.includes(name), `table lists ${name}`);
    }
    assert.equal(await section.locator('tbody tr').count(), 36);
    const cell = (years, id) => section.locator(`tr[data-years="${years}"] td[data-col="${id}"]`).textContent();
    assert.equal(await cell(0, 'yinchuan'), '31,200');
    assert.equal(await cell(35, 'yinchuan'), '44,400');
    // An unknown rank step adds nothing (issue 15): 2,800 × 12 + 3,800, at least.
    assert.equal(await cell(0, 'xishan'), '至少 37,400');
    assert.equal(await cell(0, 'songshan'), '未公布');
    // Lines where there is a total, named at their ends; the rest named in a note.
    const labels = await section.locator('text.sl').allTextContents();
    assert.deepEqual(labels.sort(), ['昆明市西山区（至少）', '银川市'].sort());
    const note = await section.locator('[data-career="no-total"]').textContent();
    for (const name of ['赤峰市松山区', '昆明市官渡区', '黄石市']) assert.ok(note.includes(name), `note names ${name}`);
    // Told apart by dash pattern and marker shape, not colour alone.
    const looks = await section.locator('.chart-svg g').evaluateAll((gs) =>
      gs.map((g) => ({
        dash: getComputedStyle(g.querySelector('path.ln')).strokeDasharray,
        marker: g.querySelector('use')?.getAttribute('href'),
        d: g.querySelector('path.ln').getAttribute('d'),
      })),
    );
    assert.equal(looks.length, 2);
    assert.notEqual(looks[0].dash, looks[1].dash);
    assert.notEqual(looks[0].marker, looks[1].marker);
    for (const l of looks) assert.ok(l.d.length > 20, 'a drawn line');
    await page.close();
  });

  test('长者模式: the chart text takes the larger size; a phone gets a chart its width', async () => {
    const page = await open(app, yinchuan + '&elder=1');
    const size = await page.locator('figure.chart text.pt').first().evaluate((t) => getComputedStyle(t).fontSize);
    assert.equal(size, '16px');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => {
      const svg = document.querySelector('figure.chart svg');
      return svg && Number(svg.getAttribute('viewBox').split(' ')[2]) < 390;
    });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    assert.ok(widths.page <= widths.viewport, `page ${widths.page} > viewport ${widths.viewport}`);
    await page.close();
  });

  test('print: the charts and full tables, no buttons', async () => {
    const page = await open(app, yinchuan);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('figure.chart svg'), true);
    assert.equal(await page.isVisible('li.whatif button'), false);
    assert.equal(await page.isVisible('.print-sheet'), true);
    const region = await page.locator('[aria-labelledby="career-caption"]').evaluate((el) => ({
      maxHeight: getComputedStyle(el).maxHeight,
      overflow: getComputedStyle(el).overflowY,
    }));
    assert.deepEqual(region, { maxHeight: 'none', overflow: 'visible' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.ok(pdf.length > 1000);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  test('embedded: the career view works without the masthead', async () => {
    const page = await open(app, yinchuan + '&embed=1');
    assert.equal(await page.locator('.masthead').count(), 0);
    assert.equal(await page.locator('figure.chart svg path.ln').count(), 2);
    const rows = await projectionTable(page);
    assert.equal(rows[4].base, '2,400');
    await page.close();
  });

  test('English', async () => {
    const page = await open(app, yinchuan + '&lang=en');
    assert.match(await page.textContent('[data-career="next"]'), /In 4 more years: level 2 \(\+¥100\/month\)\./);
    assert.equal(await page.textContent('li.whatif[data-change="certificate"] [data-gain="year"]'), '+¥1,200/year');
    await page.close();
  });

  describe('accessibility (axe-core, WCAG 2 A and AA)', () => {
    for (const [name, query, viewport] of [
      ['career', yinchuan],
      ['career, 长者模式', yinchuan + '&elder=1'],
      ['career on a phone', yinchuan, { width: 390, height: 844 }],
      ['career on a phone, 长者模式', yinchuan + '&elder=1', { width: 390, height: 844 }],
      ['career, levels only', '?view=career&policy=songshan&position=head&years=5'],
      ['career, no ladder', '?view=career&policy=huangshi&lang=en'],
    ]) {
      test(name, async () => {
        const page = await open(app, query);
        if (viewport) await page.setViewportSize(viewport);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const violations = await app.axe(page);
        assert.deepEqual(violations, [], `${name}:\n${formatViolations(violations)}`);
        await page.close();
      });
    }

    test('长者模式 contrast is at least 7:1', async () => {
      const page = await open(app, yinchuan + '&elder=1');
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const violations = await app.axe(page, {
        options: { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } },
      });
      assert.deepEqual(violations, [], formatViolations(violations));
      await page.close();
    });
  });

  test('nothing left the origin', () => {
    assert.deepEqual(app.foreignRequests, []);
  });
});
