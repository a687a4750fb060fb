import { blocksOf, parseAreasAddress, rangeOf } from "./areas";

test("A1 areas, quoted sheet names with commas and '!'", () => {
  expect(parseAreasAddress("Sheet1!A1:I1, 'a,b!c'!C3")).toEqual([
    { top: 0, left: 0, bottom: 0, right: 8 },
    { top: 2, left: 2, bottom: 2, right: 2 },
  ]);
  expect(rangeOf("$B$2:$C$3")).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
});

test("whole rows and whole columns, as Excel writes them, cut to the given bounds", () => {
  const bounds = { bottom: 99, right: 11 };
  expect(parseAreasAddress("Sheet1!1:1", bounds)).toEqual([{ top: 0, left: 0, bottom: 0, right: 11 }]);
  expect(parseAreasAddress("'评分 表'!$3:$5", bounds)).toEqual([{ top: 2, left: 0, bottom: 4, right: 11 }]);
  expect(parseAreasAddress("Sheet1!A:C", bounds)).toEqual([{ top: 0, left: 0, bottom: 99, right: 2 }]);
  expect(rangeOf("B:B")).toEqual({ top: 0, left: 1, bottom: 1_048_575, right: 1 });
});

test("cells grouped into exact rectangles, or bounded past maxBlocks", () => {
  const cells = [
    { row: 0, col: 0 },
    { row: 0, col: 1 },
    { row: 1, col: 0 },
    { row: 1, col: 1 },
    { row: 5, col: 3 },
  ];
  expect(blocksOf(cells, Infinity)).toEqual([
    { top: 0, left: 0, bottom: 1, right: 1 },
    { top: 5, left: 3, bottom: 5, right: 3 },
  ]);
  expect(blocksOf(cells, 1)).toEqual([{ top: 0, left: 0, bottom: 5, right: 3 }]);
});
