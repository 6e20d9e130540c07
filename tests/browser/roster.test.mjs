// The roster page (/pay/roster/, issue 16) as an office uses it, in headless Chromium against the
// release build with the strict CSP: a roster chosen with the file input (UTF-8, GBK, and the
// page's own Excel template filled back in), the totals checked against figures worked by hand
// from POLICY-NOTES, the rows that cannot be used, a worker's explanation, the exports
// downloaded and read back, no request at all once a file is chosen, take-home per worker (the
// estimator's figure, the total their sum, the export's column), 10,000 workers in a second
// or two, language, and axe (WCAG 2 A/AA), also with a worker's explanation open.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import { formatViolations, launchApp } from './harness.mjs';

const FIXTURES = new URL('./fixtures/', import.meta.url);

// Rows 2–8. Worked by hand (POLICY-NOTES):
//   张三 银川 正职 10 年 本科 三星: level 7 + 3 + 1 = 11, 1.65 × 2000 = 3300; 900 × 12 = 10800;
//        3300 × 12 + 10800 = 50400.
//   李四 银川 “工作人员” = the 两委 members (五(十)): committee 2–13, 2 years → 2, + 1 (助理) = 3,
//        1.25 → 2500; 10800; 40800.
//   王五 银川 专职社区网格员 = staff, level 1, 2300; 0★ 300 × 12 = 3600; 31200. Next year 4
//        years: level 2, 2400: +1200.
//   赵六 西山 副职, step 7: 2900 + 1200 = 4100; × 12 + 3800 (目标完成) = 53000, at least
//        (绩效补贴, 职业资格补贴 unpublished).
//   钱七 西山 副职, 职级档次 blank: the rank allowance left out: 2900 × 12 + 3800 = 38600, at least.
//   孙八 松山 工作人员 5 years → level 2; 助理 200 a month; base pay unpublished, no total; its
//        星级 is not used in 松山: a note.
//   周九 工作年限 “abc”: row 8 cannot be used.
// Totals over the six: base 3300 + 2500 + 2300 + 4100 + 2900 = 15100 a month, at least (松山);
// certificate 200; performance 10800 + 10800 + 3600 + 3800 + 3800 = 32800, at least; annual
// 50400 + 40800 + 31200 + 53000 + 38600 = 214000, at least; next year 215200, at least.
const MIXED = `姓名,地区,岗位,工作年限,学历,证书,星级,职级档次,社区考核结果
张三,银川市,正职,10,本科,无,三星,,
李四,银川市,工作人员,2,大专,助理社会工作师,3,,
王五,银川市,专职社区网格员,3,大专,无,0,,
赵六,西山区,副职,5,,,,7,目标完成
钱七,西山区,副职,5,,,,,目标完成
孙八,松山区,工作人员,5,大专,助理社会工作师,3,,
周九,银川市,正职,abc,本科,无,3,,
`;

/** Opens the roster page (with a query) and waits until its wasm has started. */
async function openRoster(app, query = '') {
  const page = await app.context.newPage();
  await page.goto(`${app.url}roster/${query}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__trunkStarted === true, null, { timeout: 30_000 });
  await page.locator('#f-file').waitFor();
  return page;
}

async function choose(page, name, buffer, mimeType = 'text/csv') {
  await page.setInputFiles('#f-file', { name, mimeType, buffer });
}

/** The text of the totals table's cell: row label → [monthly, annual]. */
async function sums(page, id = 'all') {
  return page.locator(`table[data-totals="${id}"] tbody tr`).evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((r) => [r.cells[0].textContent.trim(), [r.cells[1].textContent.trim(), r.cells[2].textContent.trim()]]),
    ),
  );
}

/** The workers' table as text, one array per worker row. */
async function workers(page) {
  return page
    .locator('#workers tbody tr[data-row]')
    .evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));
}

/** The entries of a zip file (an .xlsx), by name, inflated. */
function unzip(buffer) {
  const out = {};
  // The end of central directory record: its offset of the central directory.
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = buffer.readUInt32LE(end + 16);
  const count = buffer.readUInt16LE(end + 10);
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30);
    const comment = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    out[name] = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** CSV records (RFC 4180: quoted fields may hold commas, quotes and newlines). */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field), records.push(record), (record = []), (field = '');
    } else field += c;
  }
  if (field || record.length) record.push(field), records.push(record);
  return records;
}

/** A figure as the page shows it ("至少 2,900") as the CSV writes it ("2900.00"); else as is. */
function plain(shown) {
  const m = shown.replace(/^至少 /, '').replaceAll(',', '');
  return /^\d+$/.test(m) ? `${m}.00` : shown;
}

/** Requests that touched the network (blob: and data: URLs never do). */
const network = (requests) => requests.filter((r) => !/^(blob|data):/.test(r.url));

describe('roster page', () => {
  let app;
  before(async () => {
    app = await launchApp({ csp: true, compress: true });
  });
  after(() => app?.close());

  test('reached from the estimator: its footer and its embed page link here, with the district', async () => {
    const page = await app.openApp('?policy=xishan&lang=en');
    const link = page.locator('footer #roster-link');
    await link.waitFor();
    await link.click();
    await page.waitForURL(/\/pay\/roster\/\?policy=xishan&lang=en$/);
    await page.locator('#f-file').waitFor();
    await page.close();
    const embedPage = await app.openApp('?view=embed');
    assert.equal(await embedPage.locator('#report #roster-link').getAttribute('href'), 'roster/?policy=yinchuan');
    await embedPage.close();
  });

  test('bad link parameters are named, and the page still works with its defaults', async () => {
    const page = await openRoster(app, '?policy=nowhere&lang=xx&as_of=2026-13');
    const fields = await page.locator('#url-errors li').evaluateAll((lis) => lis.map((l) => l.dataset.field));
    assert.deepEqual(fields, ['policy', 'lang', 'as_of']);
    assert.match(await page.locator('#url-errors li[data-field="policy"]').textContent(), /nowhere.*yinchuan/);
    await page.locator('#f-file').waitFor();
    await page.close();
  });

  test('a mixed roster: totals worked by hand, rows that cannot be used, notes, explanation, exports, no request', async (t) => {
    const page = await openRoster(app, '?lang=zh&as_of=2026-12');
    assert.match(await page.locator('#privacy').textContent(), /不会上传.*也不会保存/);
    const before = app.requests.length;
    await choose(page, '花名册.csv', Buffer.from(MIXED));
    await page.locator('table[data-totals="all"]').waitFor();
    assert.equal(
      (await page.locator('#status').textContent()).trim(),
      '花名册.csv：7 行，已测算 6 人，1 行无法使用。',
    );
    assert.deepEqual(await sums(page), {
      基本工资: ['至少 15,100', '至少 181,200'],
      证书津贴: ['200', '2,400'],
      '绩效（年）': ['—', '至少 32,800'],
      全年合计: ['—', '至少 214,000'],
    });
    assert.match(await page.locator('.totals .unknown').first().textContent(), /1 人的职级档次不清楚，未计入以上合计/);
    assert.equal(await page.locator('#next-year-total').textContent(), '至少 215,200');
    assert.deepEqual(
      await page.locator('#movers tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent))),
      [['4', '王五', '银川市', '1', '2', '1,200']],
    );
    // Head count: 银川's three in their own words, by level.
    assert.deepEqual(
      await page.locator('table[data-heads="yinchuan"] tbody tr').evaluateAll((rows) =>
        rows.map((r) => [...r.cells].slice(0, 3).map((c) => c.textContent)),
      ),
      [
        ['主要负责人（书记、主任；套改表“正职”）', '11', '1'],
        ['工作人员（社区“两委”成员）', '3', '1'],
        ['专职社区网格员（套改表“其他人员”）', '1', '1'],
      ],
    );
    // The row that cannot be used, by row and column; the notes.
    assert.deepEqual(
      await page.locator('#errors tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent))),
      [['8', '工作年限', 'abc', '第8行 工作年限 “abc”：应为 0 到 50 的整数。']],
    );
    const notes = await page.locator('#notes li').allTextContents();
    assert.equal(notes.length, 2);
    assert.match(notes[0], /^银川市 岗位 “工作人员”：在银川市指“工作人员（社区“两委”成员）”.*（第3行）$/);
    assert.match(notes[1], /^赤峰市松山区 星级 “3”：赤峰市松山区不使用这一列.*（第7行）$/);

    // Each worker: the single estimate's figures.
    const rows = await workers(page);
    assert.deepEqual(
      rows.map((r) => [r[0], r[1], r[5], r[6], r[9]]),
      [
        ['2', '张三', '11 级', '3,300', '50,400'],
        ['3', '李四', '3 级', '2,500', '40,800'],
        ['4', '王五', '1 级', '2,300', '31,200'],
        ['5', '赵六', '第7档', '4,100', '至少 53,000'],
        ['6', '钱七', '不清楚', '至少 2,900', '至少 38,600'],
        ['7', '孙八', '2 级', '未公布', '未公布'],
      ],
    );
    // The explanation on demand, with its clauses.
    const explain = page.locator('#workers tr[data-row="2"] .explain-button');
    assert.equal(await explain.getAttribute('aria-expanded'), 'false');
    await explain.click();
    await page.locator('#explain-2').waitFor();
    assert.equal(await explain.getAttribute('aria-expanded'), 'true');
    const explanation = await page.locator('#explain-2').textContent();
    assert.match(explanation, /全年合计：3,300 元\/月 × 12 \+ 10,800 元 = 50,400 元/);
    assert.match(explanation, /六\(十七\) 薪酬待遇的匹配/);

    // 导出 CSV: UTF-8 with BOM, the same figures as the page.
    const csv = await download(page, '#export-csv');
    assert.equal(csv.name, '花名册测算-2026-12.csv');
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const records = parseCsv(csv.bytes.toString('utf8').slice(1));
    assert.equal(records.length, 1 + 6);
    // The page's figures, as plain decimals: row, name, base pay, annual total.
    assert.deepEqual(
      records.slice(1).map((r) => [r[0], r[1], r[7], r[10]]),
      rows.map((r) => [r[0], r[1], plain(r[6]), plain(r[9])]),
    );
    assert.deepEqual(records[1].slice(7, 12), ['3300.00', '0.00', '10800.00', '50400.00', '否']);
    // 导出 Excel: four sheets, the worker and the total in them.
    const xlsx = await download(page, '#export-xlsx');
    assert.equal(xlsx.name, '花名册测算-2026-12.xlsx');
    const parts = unzip(xlsx.bytes);
    for (const sheet of ['人员', '汇总', '错误', '文件依据']) {
      assert.match(parts['xl/workbook.xml'], new RegExp(`name="${sheet}"`));
    }
    assert.match(parts['xl/sharedStrings.xml'], /第8行 工作年限 “abc”：应为 0 到 50 的整数。/);
    assert.match(parts['xl/worksheets/sheet1.xml'], /<v>50400<\/v>/);
    assert.match(parts['xl/worksheets/sheet2.xml'], /<v>214000<\/v>/);

    // Nothing went anywhere once the file was chosen: no request at all.
    assert.deepEqual(network(app.requests.slice(before)), [], 'requests after the file was chosen');

    const violations = await app.axe(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    t.diagnostic(`exports: CSV ${csv.bytes.length} B, XLSX ${xlsx.bytes.length} B`);
    await page.close();
  });

  test('到手（估算）: a worker’s net is the estimator’s, the total their sum, bad values named, the export has the column', async () => {
    const page = await openRoster(app, '?lang=zh&as_of=2026-12');
    await choose(page, '花名册.csv', Buffer.from(MIXED));
    await page.locator('table[data-totals="all"]').waitFor();
    assert.equal(await page.locator('#workers th', { hasText: '全年到手' }).count(), 0);
    await page.check('#f-take_home');
    await page.locator('#workers th', { hasText: '全年到手（元）' }).waitFor();
    // Defaults shown as defaults: the national rates as placeholders, the district's beside.
    assert.equal(await page.getAttribute('#f-pension_rate', 'placeholder'), '8');
    assert.match(await page.locator('#h-insurance_base').textContent(), /^默认：所在地区文件规定的基数/);
    // A bad rate is named beside its input, and the roster keeps the last good set.
    await page.fill('#f-pension_rate', '101');
    await page.press('#f-pension_rate', 'Tab');
    await page.locator('#e-pension_rate', { hasText: '应为 0 到 100 之间的百分数' }).waitFor();
    assert.equal(await page.getAttribute('#f-pension_rate', 'aria-invalid'), 'true');
    await page.fill('#f-pension_rate', '');
    await page.press('#f-pension_rate', 'Tab');
    await page.locator('#e-pension_rate:empty').waitFor({ state: 'attached' });
    await page.fill('#f-special_deductions', '1000');
    await page.press('#f-special_deductions', 'Tab');
    // 张三 in the estimator with the same inputs: its year of take-home.
    const estimator = await app.openApp(
      '?policy=yinchuan&position=head&years=10&education=bachelor&certificate=none&stars=3&take_home=1&special_deductions=1000',
    );
    const headline = await estimator.locator('[data-figure="take_home"]').textContent();
    await estimator.close();
    const single = headline.match(/全年 ([\d,]+) 元/)[1];
    const column = (await page.locator('#workers thead th').allTextContents()).indexOf('全年到手（元）');
    await page.waitForFunction(
      ([col, want]) => document.querySelector('#workers tbody tr[data-row="2"]')?.cells[col]?.textContent.trim() === want,
      [column, single],
    );
    const nets = (await workers(page)).map((r) => r[column]);
    assert.equal(nets[0], single);
    // 赵六 and 钱七 at least (unpublished and unknown parts), 孙八 none (base pay unpublished).
    assert.match(nets[3], /^至少 /);
    assert.equal(nets[5], '未公布');
    const fen = (shown) => Math.round(Number(shown.replace(/^至少 /, '').replaceAll(',', '')) * 100);
    const sum = nets.filter((n) => n !== '未公布').reduce((a, n) => a + fen(n), 0);
    const total = (await sums(page))['全年到手'][1];
    assert.match(total, /^至少 /);
    assert.equal(fen(total), sum);
    assert.match(await page.locator('.totals .net-unknown').first().textContent(), /^1 人基本工资未公布/);
    // The exports follow.
    const csv = await download(page, '#export-csv');
    const records = parseCsv(csv.bytes.toString('utf8').slice(1));
    const at = records[0].indexOf('全年到手（元）');
    assert.ok(at > 0, records[0].join(','));
    assert.equal(Math.round(Number(records[1][at]) * 100), fen(single));
    const xlsx = unzip((await download(page, '#export-xlsx')).bytes);
    assert.match(xlsx['xl/sharedStrings.xml'], /全年到手（元）/);
    const violations = await app.axe(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    await page.close();
  });

  test('GBK as Excel on a Chinese Windows saves it gives the same figures; English', async () => {
    const page = await openRoster(app, '?lang=en&as_of=2026-12');
    await choose(page, 'roster-gbk.csv', readFileSync(new URL('roster-gbk.csv', FIXTURES)));
    await page.locator('table[data-totals="all"]').waitFor();
    assert.equal(
      (await page.locator('#status').textContent()).trim(),
      'roster-gbk.csv: 7 rows, 6 workers computed; rows that cannot be used: 1.',
    );
    const totals = await sums(page);
    assert.deepEqual(totals['Annual total'], ['—', 'at least 214,000']);
    assert.equal((await workers(page))[1][1], '李四');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    // The language switches in place, the file kept.
    await page.click('#lang-switch');
    await page.locator('#status', { hasText: '已测算 6 人' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    await page.close();
  });

  test('the Excel template round trip: downloaded, filled in, chosen', async () => {
    const page = await openRoster(app, '?as_of=2026-12&policy=huangshi');
    const before = app.requests.length;
    const template = await download(page, '#template-xlsx');
    assert.equal(template.name, '花名册模板.xlsx');
    const parts = unzip(template.bytes);
    assert.match(parts['xl/workbook.xml'], /name="花名册"/);
    assert.match(parts['xl/workbook.xml'], /name="填写说明"/);
    // Choose it back as it comes: its example row is 银川's worked example, 50,400.
    await choose(page, template.name, template.bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await page.locator('table[data-totals="all"]').waitFor();
    assert.equal((await workers(page))[0][9], '50,400');
    const csvTemplate = await download(page, '#template-csv');
    assert.equal(csvTemplate.name, '花名册模板.csv');
    const filled = csvTemplate.bytes.toString('utf8') + '李四,两委成员,否,7,,,,,,,,,,,,黄石市\n';
    await choose(page, 'filled.csv', Buffer.from(filled));
    await page.locator('#status', { hasText: 'filled.csv：2 行，已测算 2 人' }).waitFor();
    assert.deepEqual(network(app.requests.slice(before)), []);
    await page.close();
  });

  test('a file that is not a roster says why, in the page', async () => {
    const page = await openRoster(app);
    await choose(page, 'notes.pdf', Buffer.from('%PDF'), 'application/pdf');
    await page.locator('#status.error').waitFor();
    assert.match(await page.locator('#status').textContent(), /notes\.pdf 不是 \.xlsx 或 \.csv 文件/);
    await choose(page, '名单.csv', Buffer.from('姓名,工作年限\n张三,3\n'));
    await page.locator('#status', { hasText: '表头中没有“岗位”列' }).waitFor();
    await choose(page, 'broken.xlsx', Buffer.from('PK\x03\x04 not a workbook'), 'application/octet-stream');
    await page.locator('#status', { hasText: '无法读取 broken.xlsx：Excel 文件无法读取' }).waitFor();
    assert.deepEqual(app.pageErrors, []);
    await page.close();
  });

  // About 0.6–1.1 s on a 2-core host (bench/roster.mjs); the bound leaves room for a busy one.
  test('10,000 workers: totals and the first rows within two seconds and a half, paginated', async (t) => {
    const page = await openRoster(app, '?as_of=2026-12&policy=yinchuan');
    const positions = ['正职', '副职', '两委成员', '专职社区网格员'];
    const lines = ['姓名,岗位,工作年限,学历,证书,星级'];
    for (let i = 0; i < 10_000; i++) {
      lines.push(`工作者${i},${positions[i % 4]},${i % 35},${i % 3 ? '大专' : '本科'},${i % 5 ? '无' : '助理社会工作师'},${i % 6}`);
    }
    const started = Date.now();
    await choose(page, 'big.csv', Buffer.from(lines.join('\n')));
    await page.locator('#workers tbody tr[data-row="2"]').waitFor({ timeout: 10_000 });
    await page.locator('table[data-totals="all"]').waitFor();
    const ms = Date.now() - started;
    t.diagnostic(`10,000 workers: totals and the first page in ${ms} ms`);
    assert.ok(ms < 2500, `took ${ms} ms`);
    assert.match(await page.locator('#status').textContent(), /10000 行，已测算 10000 人，0 行无法使用/);
    assert.equal(await page.locator('#workers tbody tr[data-row]').count(), 50);
    await page.click('#next-page');
    await page.locator('#workers tbody tr[data-row="52"]').waitFor();
    assert.match(await page.locator('#page-of').textContent(), /第 2 \/ 200 页：第 51—100 人，共 10000 人/);
    await page.close();
  });
});
