import { a1, cellRef, columnIndex, columnLetters, parseA1, splitCellRef } from "./address";

test("columns", () => {
  expect(columnLetters(0)).toBe("A");
  expect(columnLetters(25)).toBe("Z");
  expect(columnLetters(26)).toBe("AA");
  expect(columnIndex("AA")).toBe(26);
  expect(a1(4, 7)).toBe("H5");
  expect(parseA1("$H$5")).toEqual({ row: 4, col: 7 });
});
test("sheet names are quoted as Excel does when needed", () => {
  expect(cellRef("评分表", 4, 7)).toBe("评分表!H5");
  expect(cellRef("附件2 自评评分表", 4, 7)).toBe("'附件2 自评评分表'!H5");
  expect(cellRef("O'Brien", 0, 0)).toBe("'O''Brien'!A1");
  expect(splitCellRef("'O''Brien'!A1")).toEqual({ sheet: "O'Brien", address: "A1" });
});
