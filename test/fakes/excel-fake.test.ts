/**
 * The fake itself behaves as Excel documents it (each rule's source is in excel-fake.ts and
 * hosts.ts): tests of the gateway are only as strict as this.
 */
import { officeErrorToWorkbookError } from "../../src/gateways/excel/run-action";
import { FakeOfficeError, FakeWorkbook } from "./fake-workbook";
import { HOSTS, type HostId } from "./hosts";
import { FakeOfficeHost } from "./office-fake";

const book = () => FakeWorkbook.fromGrids({ sheets: [{ name: "表", hidden: false, merges: [], rows: [[{ value: "a" }, { value: 1 }]] }] });

async function run<T>(host: FakeOfficeHost, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return host.run(undefined, batch);
}

test("worksheets.add refuses the names Excel refuses, with InvalidArgument", async () => {
  for (const name of ["", "x".repeat(32), "a/b", "a\\b", "a?", "a*", "a:b", "[a]", "'a", "a'", "History", "history"]) {
    const host = new FakeOfficeHost(book());
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  }
  const host = new FakeOfficeHost(book());
  await run(host, async (context) => {
    context.workbook.worksheets.add("O'Brien 自评汇总(2)");
    await context.sync();
  });
  expect(host.workbook.sheets.map((s) => s.name)).toEqual(["表", "O'Brien 自评汇总(2)"]);
});

test("getCellProperties: all eight border sides; No Fill as #FFFFFF with null pattern and tintAndShade", async () => {
  const host = new FakeOfficeHost(book());
  const props = await run(host, async (context) => {
    const result = context.workbook.worksheets
      .getItem("表")
      .getRange("A1")
      .getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true }, borders: { style: true } } });
    await context.sync();
    return result.value[0][0];
  });
  expect(Object.keys(props.format!.borders!).sort()).toEqual(["bottom", "diagonalDown", "diagonalUp", "horizontal", "left", "right", "top", "vertical"]);
  expect(props.format!.fill).toEqual({ color: "#FFFFFF", pattern: null, tintAndShade: null });
});

test("reading a property before load and sync is PropertyNotLoaded, which stays a bug of ours (not a message for the user)", async () => {
  const host = new FakeOfficeHost(book());
  const error = await run(host, async (context) => {
    const range = context.workbook.worksheets.getItem("表").getRange("A1");
    range.load("values");
    try {
      return range.values;
    } catch (e) {
      await context.sync();
      return e;
    }
  });
  expect(error).toMatchObject({ code: "PropertyNotLoaded" });
  expect(officeErrorToWorkbookError(error)).toBe(error);
  expect(officeErrorToWorkbookError(new FakeOfficeError("AccessDenied", "x"))).toMatchObject({ name: "WorkbookError", message: expect.stringContaining("受保护") });
});

test("unbounded ranges answer null for cell-level properties", async () => {
  const host = new FakeOfficeHost(book());
  const values = await run(host, async (context) => {
    const range = context.workbook.worksheets.getItem("表").getRange("A:B");
    range.load("values, address");
    await context.sync();
    return { values: range.values, address: range.address };
  });
  expect(values).toEqual({ values: null, address: "表!A:B" });
});

test("Excel on the web fails a response over 5 MB and delivers nothing", async () => {
  const wb = FakeWorkbook.fromGrids({
    sheets: [{ name: "大", hidden: false, merges: [], rows: Array.from({ length: 3000 }, () => Array.from({ length: 10 }, () => ({ value: "长文本".repeat(60) }))) }],
  });
  const host = new FakeOfficeHost(wb, { host: "web" });
  await expect(
    run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("大").getRange("A1:J3000");
      range.load("values");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  expect(wb.syncPayloads[wb.syncPayloads.length - 1].response).toBeGreaterThan(5 * 1024 * 1024);
  // Desktop Excel has no such limit; its syncs are still measured.
  expect(new FakeOfficeHost(book()).workbook.payloadLimit).toBeUndefined();
});

test("failContentsAt fails only content loads of ranges holding that cell; failMergedAreasAt only merged-area reads", async () => {
  const wb = book();
  wb.sheet("表")!.failContentsAt = "B1";
  wb.sheet("表")!.failMergedAreasAt = "A1";
  const host = new FakeOfficeHost(wb);
  const used = await run(host, async (context) => {
    const r = context.workbook.worksheets.getItem("表").getUsedRangeOrNullObject(true);
    r.load("rowIndex, columnIndex, rowCount, columnCount");
    const a = context.workbook.worksheets.getItem("表").getRange("A1");
    a.load("values, formulas");
    await context.sync();
    return { cols: r.columnCount, a: a.values };
  });
  expect(used).toEqual({ cols: 2, a: [["a"]] });
  for (const load of [(r: Excel.Range) => r.load("values"), (r: Excel.Range) => r.getMergedAreasOrNullObject().load("areas/items/address")]) {
    await expect(
      run(host, async (context) => {
        load(context.workbook.worksheets.getItem("表").getRange("A1:B1"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  }
});

test.each([
  ["m365-windows", { ExcelApi13: true, CustomFunctions13: true, SharedRuntime: true, CompressedFile: true }],
  ["m365-mac", { ExcelApi13: true, CustomFunctions13: true, SharedRuntime: true, CompressedFile: true }],
  ["web", { ExcelApi13: true, CustomFunctions13: true, SharedRuntime: true, CompressedFile: false }],
  ["ltsc-2021", { ExcelApi13: true, CustomFunctions13: false, SharedRuntime: true, CompressedFile: true }],
  ["office-2019", { ExcelApi13: false, CustomFunctions13: false, SharedRuntime: false, CompressedFile: true }],
  ["office-2016", { ExcelApi13: false, CustomFunctions13: false, SharedRuntime: false, CompressedFile: true }],
] as const)("isSetSupported on %s", (id, expected) => {
  const host = new FakeOfficeHost(book(), { host: id as HostId });
  expect({
    ExcelApi13: host.isSetSupported("ExcelApi", "1.13"),
    CustomFunctions13: host.isSetSupported("CustomFunctionsRuntime", "1.3"),
    SharedRuntime: host.isSetSupported("SharedRuntime", "1.1"),
    CompressedFile: host.isSetSupported("CompressedFile"),
  }).toEqual(expected);
  // "1.10" is newer than "1.9", as Office compares versions.
  expect(host.isSetSupported("ExcelApi", "1.9")).toBe(HOSTS[id as HostId].sets.ExcelApi !== "1.7" && HOSTS[id as HostId].sets.ExcelApi !== "1.1");
});
