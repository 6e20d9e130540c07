// What the documents say, as the page shows it (issue 15): each district's own names for its
// positions, "not mentioned" where a reply never mentions a part of pay, quotes put together from
// a table marked 据原文整理, and a what-if carrying the interpretation its figure rests on.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchApp, expectText, figure } from './harness.mjs';

const option = (page, id) => page.locator(`#f-position option[value="${id}"]`).textContent();

describe('what the documents say (issue 15)', () => {
  let app;
  before(async () => {
    app = await launchApp({ csp: true });
  });
  after(async () => {
    assert.deepEqual(app.pageErrors, [], 'uncaught errors in the page');
    await app.close();
  });

  test('positions in each district’s own words; the comparison keeps the shared ones', async () => {
    // 银川 五(十): "工作人员主要指…社区居委会'两委'成员"; its table's 其他人员 are the grid workers.
    const page = await app.openApp('?policy=yinchuan');
    await figure(page, 'level').waitFor();
    assert.match(await option(page, 'committee'), /工作人员.*两委/);
    assert.match(await option(page, 'staff'), /网格员/);
    // 松山 has three positions: the form says what happens to a committee member.
    await page.selectOption('#f-policy', 'songshan');
    await expectText(page.locator('#f-position option[value="head"]'), '社区正职');
    await page.selectOption('#f-position', 'committee');
    await expectText(page.locator('#position-note'), '只有三岗');
    await page.click('#tab-compare');
    await page.locator('.compare-table').waitFor();
    assert.doesNotMatch(await option(page, 'head'), /社区正职/, 'the shared names in the comparison');
    await page.close();
  });

  test('黄石: performance pay for ordinary workers is not mentioned, not 0', async () => {
    const page = await app.openApp('?policy=huangshi');
    await expectText(figure(page, 'performance_annual'), '文件未提及');
    await page.close();
  });

  test('quotes put together from the table are marked 据原文整理', async () => {
    const page = await app.openApp('?policy=yinchuan&position=head&years=10');
    await figure(page, 'base_pay_monthly').waitFor();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const marked = await page.locator('.cite .assembled').count();
    assert.ok(marked > 0, 'some quote is marked');
    await expectText(page.locator('.cite .assembled').first(), '据原文整理');
    await page.close();
  });

  test('the star what-if carries the ×12 interpretation it rests on', async () => {
    const page = await app.openApp('?view=career&policy=yinchuan&position=staff&years=0&stars=0');
    const item = page.locator('li.whatif[data-change="stars"]');
    await item.waitFor();
    const readings = await item.locator('.reading').allTextContents();
    assert.ok(readings.some((r) => /解读/.test(r) && /12/.test(r)), `the ×12 reading: ${readings.join(' | ')}`);
    await page.close();
  });

  test('nothing left the origin', () => {
    assert.deepEqual(app.foreignRequests, []);
  });
});
