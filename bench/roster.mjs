#!/usr/bin/env node
// The roster page (issue 16) with 10,000 workers, in headless Chromium against a release build
// (dist/, from scripts/build-release) under /pay/roster/ with the strict CSP: the time from
// choosing the file to the totals and the first page of workers on screen, for a CSV and for an
// XLSX, and the time each export takes to reach the download. A measurement, not a test: it
// prints the figures (median of --runs, default 3) and exits 0.
//
//   node bench/roster.mjs [--runs N] [--workers N]
//
// The XLSX is the CLI's own Excel export of the CSV (its 人员 sheet reads back as a roster: its
// 姓名, 地区, 岗位 and 工作年限 columns, the rest listed as not used), written with
// target/debug/estimate or target/release/estimate, whichever exists (cargo build builds one).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const runs = option('--runs', 3);
const count = option('--workers', 10_000);

const positions = ['正职', '副职', '两委成员', '专职社区网格员'];
const lines = ['姓名,岗位,工作年限,学历,证书,星级'];
for (let i = 0; i < count; i++) {
  lines.push(`工作者${i},${positions[i % 4]},${i % 35},${i % 3 ? '大专' : '本科'},${i % 5 ? '无' : '助理社会工作师'},${i % 6}`);
}
const dir = mkdtempSync(join(tmpdir(), 'roster-bench-'));
const csvPath = join(dir, 'roster.csv');
const xlsxPath = join(dir, 'roster.xlsx');
writeFileSync(csvPath, lines.join('\n'));
const cli = ['target/release/estimate', 'target/debug/estimate'].find((p) => existsSync(p));
if (!cli) throw new Error('no target/*/estimate: run cargo build first');
execFileSync(cli, ['roster', csvPath, '--policy', 'yinchuan', '--as-of', '2026-12', '--out', xlsxPath], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const files = {
  csv: { name: 'roster.csv', mimeType: 'text/csv', buffer: readFileSync(csvPath) },
  xlsx: {
    name: 'roster.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: readFileSync(xlsxPath),
  },
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const app = await launchApp({ csp: true, compress: true });
const results = { csv: [], xlsx: [], exportXlsx: [], exportCsv: [] };
try {
  for (let run = 0; run < runs; run++) {
    for (const kind of ['csv', 'xlsx']) {
      const page = await app.context.newPage();
      await page.goto(`${app.url}roster/?as_of=2026-12&policy=yinchuan`);
      await page.waitForFunction(() => window.__trunkStarted === true, null, { timeout: 30_000 });
      const t0 = Date.now();
      await page.setInputFiles('#f-file', files[kind]);
      await page.locator('#workers tbody tr[data-row]').first().waitFor({ timeout: 60_000 });
      await page.locator('table[data-totals="all"]').waitFor();
      results[kind].push(Date.now() - t0);
      if (kind === 'csv') {
        for (const [key, button] of [['exportXlsx', '#export-xlsx'], ['exportCsv', '#export-csv']]) {
          const t1 = Date.now();
          await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(button)]);
          results[key].push(Date.now() - t1);
        }
      }
      await page.close();
    }
  }
} finally {
  await app.close();
}
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`roster page, ${count} workers (median of ${runs}; ms):`);
console.log(`  CSV  ${kb(files.csv.buffer.length)}: chosen → totals and first page  ${median(results.csv)}  (${results.csv.join(', ')})`);
console.log(`  XLSX ${kb(files.xlsx.buffer.length)}: chosen → totals and first page  ${median(results.xlsx)}  (${results.xlsx.join(', ')})`);
console.log(`  导出 Excel → download  ${median(results.exportXlsx)}  (${results.exportXlsx.join(', ')})`);
console.log(`  导出 CSV → download    ${median(results.exportCsv)}  (${results.exportCsv.join(', ')})`);
