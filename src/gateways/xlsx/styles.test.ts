import * as ExcelJS from "exceljs";
import { MARK_COLOURS } from "../../core/plan/plan";
import { restyle, STYLES } from "./styles";

describe("STYLES", () => {
  it("uses CJK fonts: 黑体 bold for titles and headers, 宋体 for body text", () => {
    expect(STYLES.title.font).toMatchObject({ name: "黑体", size: 16, bold: true });
    expect(STYLES.header.font).toMatchObject({ name: "黑体", bold: true });
    expect(STYLES.text.font).toMatchObject({ name: "宋体", size: 11 });
    expect(STYLES.wrap.alignment).toMatchObject({ wrapText: true });
  });

  it("draws the legend with the same colours as the marks", () => {
    expect(STYLES["legend-partial"].fill).toMatchObject({ fgColor: { argb: MARK_COLOURS["deduction-partial"] } });
    expect(STYLES["legend-heavy"].fill).toMatchObject({ fgColor: { argb: MARK_COLOURS["deduction-heavy"] } });
    expect(STYLES["legend-check"].border?.top).toEqual({ style: "medium", color: { argb: MARK_COLOURS.check } });
  });
});

describe("restyle", () => {
  it("changes only the given cell even when cells share one style object", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("s");
    const shared: Partial<ExcelJS.Style> = { numFmt: "0.00", font: { name: "Arial" } };
    ws.getCell("A1").style = shared;
    ws.getCell("A2").style = shared; // as ExcelJS does for loaded cells with one format
    restyle(ws.getCell("A1"), STYLES["legend-heavy"]);
    expect(ws.getCell("A1").fill).toMatchObject({ fgColor: { argb: MARK_COLOURS["deduction-heavy"] } });
    expect(ws.getCell("A1").numFmt).toBe("0.00");
    expect(ws.getCell("A2").fill).toBeUndefined();
    expect(ws.getCell("A2").font).toEqual({ name: "Arial" });
  });

  it("prefers the planned number format over the style's default", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("s");
    restyle(ws.getCell("A1"), STYLES.percent);
    restyle(ws.getCell("A2"), STYLES.percent, "0.0%");
    expect(ws.getCell("A1").numFmt).toBe("0.00%");
    expect(ws.getCell("A2").numFmt).toBe("0.0%");
  });
});
