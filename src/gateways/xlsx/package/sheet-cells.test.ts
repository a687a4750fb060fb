import { cellKey, editCells, type CellEdit } from "./sheet-cells";

const edits = (list: [number, number, CellEdit][]) => new Map(list.map(([r, c, e]) => [cellKey(r, c), e]));
const restyle = (s: number): CellEdit => ({ restyle: () => s });

describe("editCells", () => {
  const sheet = `<worksheet><sheetData><row r="1" spans="1:3"><c r="A1" s="2" t="s"><v>0</v></c><c r="C1" s="3"><f>A1</f><v>1</v></c></row><row r="3"/></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

  test("changes only the style index of existing cells", () => {
    const out = editCells(sheet, edits([[0, 0, restyle(9)], [0, 2, restyle(0)]])).xml;
    expect(out).toBe(sheet.replace('<c r="A1" s="2"', '<c r="A1" s="9"').replace('<c r="C1" s="3">', '<c r="C1">'));
  });

  test("puts missing cells in column order and missing rows in row order", () => {
    const out = editCells(sheet, edits([[0, 1, restyle(5)], [2, 0, restyle(6)], [1, 3, restyle(7)], [9, 0, restyle(8)]])).xml;
    expect(out).toContain('<c r="A1" s="2" t="s"><v>0</v></c><c r="B1" s="5"/><c r="C1" s="3">');
    expect(out).toContain('</row><row r="2"><c r="D2" s="7"/></row><row r="3"><c r="A3" s="6"/></row><row r="10"><c r="A10" s="8"/></row></sheetData>');
  });

  test("writes only into empty cells and counts the others", () => {
    const r = editCells(sheet, edits([[0, 0, { fill: (ref) => `<c r="${ref}"><v>7</v></c>` }], [0, 1, { fill: (ref) => `<c r="${ref}"><v>8</v></c>` }]]));
    expect(r.skipped).toBe(1);
    expect(r.xml).toContain('<c r="A1" s="2" t="s"><v>0</v></c><c r="B1"><v>8</v></c>');
  });

  test("rows and cells without r are placed by position; a cell after an inserted one gets its reference", () => {
    const bare = `<x:worksheet xmlns:x="m"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c s="1"/><x:c><x:v>3</x:v></x:c></x:row><x:row><x:c t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const out = editCells(bare, edits([[0, 1, restyle(4)], [1, 3, restyle(5)]])).xml;
    expect(out).toBe(bare.replace('<x:c s="1"/>', '<x:c s="4"/>').replace('<x:c t="s"><x:v>0</x:v></x:c></x:row>', '<x:c t="s"><x:v>0</x:v></x:c><x:c r="D2" s="5"/></x:row>'));
    const inserted = editCells(`<worksheet><sheetData><row><c><v>1</v></c><c s="2"><v>3</v></c></row></sheetData></worksheet>`, edits([[0, 0, restyle(6)]])).xml;
    expect(inserted).toBe(`<worksheet><sheetData><row><c s="6"><v>1</v></c><c s="2"><v>3</v></c></row></sheetData></worksheet>`);
    const before = editCells(`<worksheet><sheetData><row r="1"><c><v>1</v></c><c><v>3</v></c></row></sheetData></worksheet>`, edits([[0, 0, { fill: () => "" }]]));
    expect(before.skipped).toBe(1);
  });

  test("an empty <sheetData/> is opened", () => {
    expect(editCells(`<worksheet><sheetData/></worksheet>`, edits([[0, 0, restyle(1)]])).xml).toBe(`<worksheet><sheetData><row r="1"><c r="A1" s="1"/></row></sheetData></worksheet>`);
  });
});
