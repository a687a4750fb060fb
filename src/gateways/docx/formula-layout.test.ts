import fc from "fast-check";
import { formulaBreaks, formulaEnd, formulaLines, textWidth } from "./formula-layout";

const LINE = 26;

test("the 2020 report's formulas break before “=” (or “/” outside brackets), never inside a name", () => {
  expect(formulaLines("国库集中支付结转结余存量资金效率性=（本年末存量资金/上年末存量资金-1）×100%=（104.96/140.73-1）×100%=-25.42%。", LINE)).toEqual([
    "国库集中支付结转结余存量资金效率性",
    "=（本年末存量资金/上年末存量资金-1）×100%",
    "=（104.96/140.73-1）×100%=-25.42%。",
  ]);
  expect(formulaLines("财政拨款收入预决算差异率=（财政拨款收入决算数-财政拨款收入预算数）/财政拨款收入预算数×100%=（1,110.82-1,110.82）/1,110.82×100%=0.00%。", LINE)).toEqual([
    "财政拨款收入预决算差异率",
    "=（财政拨款收入决算数-财政拨款收入预算数）",
    "/财政拨款收入预算数×100%",
    "=（1,110.82-1,110.82）/1,110.82×100%=0.00%。",
  ]);
  expect(formulaLines("结转结余率=年末结转结余/本年财政下达预算数×100%=104.96/11,108.22×100%=0.94%。", LINE)).toEqual([
    "结转结余率=年末结转结余/本年财政下达预算数×100%",
    "=104.96/11,108.22×100%=0.94%。",
  ]);
});

test("a 【请核实】 after the formula flows as text: no break is planned inside it", () => {
  const text = "国库集中支付结转结余存量资金效率性=（本年末存量资金/上年末存量资金-1）×100%=（104.96/140.73-1）×100%=-25.42%【请核实：基础数据表填报为25.42%】。";
  expect(formulaBreaks(text, LINE).every((b) => b < formulaEnd(text))).toBe(true);
  expect(formulaLines(text, LINE).at(-1)).toBe("=（104.96/140.73-1）×100%=-25.42%【请核实：基础数据表填报为25.42%】。");
});

/** A formula of the narrative's shape: a name, the words, the figures, the result. */
const cjk = (min: number, max: number) => fc.string({ unit: fc.constantFrom(..."本年财政下达预算数实际支出上年结转存量资金在职人员编制"), minLength: min, maxLength: max });
const figure = fc.oneof(fc.constantFrom("1,110.82", "11.20", "104.96", "83", "5,111.00", "94.00%"), fc.integer({ min: 1, max: 99999 }).map(String));
const term = (atom: fc.Arbitrary<string>) =>
  fc.oneof(
    atom,
    fc.tuple(atom, fc.constantFrom("+", "-", "/"), atom).map(([a, op, b]) => `（${a}${op}${b}）`),
  );
const expression = (atom: fc.Arbitrary<string>) => fc.array(term(atom), { minLength: 1, maxLength: 3 }).chain((ts) => fc.constantFrom("/", "+").map((op) => `${ts.join(op)}×100%`));
const formula = fc
  .tuple(cjk(2, 17), expression(cjk(2, 12)), expression(figure), figure, fc.boolean())
  .map(([name, words, figures, result, flagged]) => `${name}=${words}=${figures}=${result}%${flagged ? "【请核实：超过100%】" : ""}。`);

/** Bracket depth before each offset. */
function depths(text: string): number[] {
  const out: number[] = [];
  let d = 0;
  for (const ch of text) {
    out.push(d);
    if (ch === "（") d++;
    if (ch === "）") d--;
  }
  return out;
}

test("property: lines join to the text; a break only before “=”, “/” or “+” outside brackets; a line wider than planned is one piece", () => {
  fc.assert(
    fc.property(formula, (text) => {
      const lines = formulaLines(text, LINE);
      if (lines.join("") !== text) return false;
      const depth = depths(text);
      for (const b of formulaBreaks(text, LINE)) {
        if (depth[b] !== 0 || !"=/+".includes(text[b]) || b >= formulaEnd(text)) return false;
        if (text.startsWith("×100%", b)) return false;
      }
      // A line wider than planned holds no place where it could have been broken.
      return lines.every((l, i) => {
        const formulaPart = i === lines.length - 1 ? l.slice(0, formulaEnd(l)) : l;
        if (textWidth(formulaPart) <= LINE) return true;
        const start = text.indexOf(l);
        return ![...formulaPart].some((ch, k) => k > 0 && ch === "=" && depth[start + k] === 0);
      });
    }),
  );
});
