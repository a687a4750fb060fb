/**
 * Bytes per sync and syncs per action of the Excel gateway at 1,000, 10,000 and 50,000 评分表
 * rows, on Excel on the web (the fake enforces its 5 MB limit, test/fakes/payload.ts says how
 * bytes are counted). Run by `npm run bench` (bench/run.js) through jest, which compiles the
 * TypeScript fakes; writes its figures to PERFEVAL_EXCEL_SIZE_OUT.
 */
import { writeFileSync } from "fs";
import type { Grid, GridCell, WorkbookGrids } from "../src/core/grid/grid";
import { ExcelSession } from "../src/taskpane/excel-session";
import { createExcelGateway } from "../src/gateways/excel";
import { FakeWorkbook } from "../test/fakes/fake-workbook";
import { FakeOfficeHost } from "../test/fakes/office-fake";

const HEADER = ["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "评分规则", "自评得分", "扣分原因"];
const EXPLANATION = "反映部门预算资金的实际使用情况，用以评价部门预算执行的及时性和均衡性。";
const STANDARD = "完成率达到100%的得满分，每低1个百分点扣0.1分，扣完为止。";

/** A 评分表 of `rows` 三级 rows under 4 一级 × 10 二级, with the texts and merges real ones have. */
function workbook(rows: number): WorkbookGrids {
  const cells: (GridCell | undefined)[][] = [[{ value: "部门整体支出绩效自评评分表" }], [], HEADER.map((value) => ({ value }))];
  const merges: Grid["merges"][number][] = [{ top: 0, left: 0, bottom: 0, right: 8 }];
  const perL2 = Math.max(1, Math.ceil(rows / 40));
  let made = 0;
  for (let i = 0; i < 4 && made < rows; i++) {
    cells.push([{ value: `一级${i}` }, undefined, undefined, { value: 25 }]);
    for (let j = 0; j < 10 && made < rows; j++) {
      const n = Math.min(perL2, rows - made);
      const top = cells.length;
      cells.push([undefined, { value: `二级${i}-${j}` }, undefined, { value: 2.5 }]);
      for (let k = 0; k < n; k++, made++) {
        const w = 2.5 / n;
        const lost = k % 7 === 0 ? w / 2 : 0;
        cells.push([
          undefined,
          undefined,
          { value: `三级${i}-${j}-${k}` },
          { value: w },
          { value: EXPLANATION },
          { value: STANDARD },
          undefined,
          { value: w - lost },
          lost ? { value: `未按时完成，扣${lost}分` } : undefined,
        ]);
      }
      if (n > 0) merges.push({ top, left: 0, bottom: top + n, right: 0 });
    }
  }
  const basic = [
    [{ value: "基础数据表" }],
    [{ value: "全年预算数" }, { value: 40118.72 }],
    [{ value: "本年财政下达预算数" }, { value: 39000 }],
    [{ value: "上年结转" }, { value: 1118.72 }],
    [{ value: "实际支出" }, { value: 40036.38 }],
  ];
  return { sheets: [{ name: "评分表", rows: cells, merges, hidden: false }, { name: "基础数据表", rows: basic, merges: [], hidden: false }] };
}

const ACTIONS = ["read", "writeFormulas", "markDeductions", "clearMarks", "writeSummary"] as const;

async function measure(rows: number) {
  const wb = FakeWorkbook.fromGrids(workbook(rows));
  const session = new ExcelSession(createExcelGateway(new FakeOfficeHost(wb, { host: "web" })));
  const out: Record<string, { syncs: number; largestRequest: number; largestResponse: number; bytesPerSync: number; ms: number }> = {};
  for (const action of ACTIONS) {
    const first = wb.syncPayloads.length;
    wb.syncCount = 0;
    const start = process.hrtime.bigint();
    await session[action]();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const payloads = wb.syncPayloads.slice(first);
    const total = payloads.reduce((n, p) => n + p.request + p.response, 0);
    out[action] = {
      syncs: wb.syncCount,
      largestRequest: Math.max(...payloads.map((p) => p.request)),
      largestResponse: Math.max(...payloads.map((p) => p.response)),
      bytesPerSync: Math.round(total / Math.max(1, payloads.length)),
      ms: Math.round(ms),
    };
  }
  return out;
}

test("bytes per sync and syncs per action at 1,000, 10,000 and 50,000 rows", async () => {
  const results: Record<number, Awaited<ReturnType<typeof measure>>> = {};
  for (const rows of [1_000, 10_000, 50_000]) results[rows] = await measure(rows);
  const out = process.env.PERFEVAL_EXCEL_SIZE_OUT;
  if (out) writeFileSync(out, JSON.stringify(results, null, 1));
  for (const r of Object.values(results)) for (const a of Object.values(r)) expect(Math.max(a.largestRequest, a.largestResponse)).toBeLessThanOrEqual(4 * 1024 * 1024);
}, 600_000);
