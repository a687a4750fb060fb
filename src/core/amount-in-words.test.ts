import fc from "fast-check";
import { dec } from "./decimal";
import { amountInWords } from "./amount-in-words";

test.each([
  ["111931823.11", "壹亿壹仟壹佰玖拾叁万壹仟捌佰贰拾叁元壹角壹分"],
  ["0", "零元整"],
  ["10", "壹拾元整"],
  ["1001", "壹仟零壹元整"],
  ["1010", "壹仟零壹拾元整"],
  ["10000", "壹万元整"],
  ["110000", "壹拾壹万元整"],
  ["100010000", "壹亿零壹万元整"],
  ["100000000", "壹亿元整"],
  ["1680.32", "壹仟陆佰捌拾元叁角贰分"],
  ["1.05", "壹元零伍分"],
  ["1.5", "壹元伍角整"],
  ["0.05", "伍分"],
  ["0.5", "伍角整"],
  ["3972.004", "叁仟玖佰柒拾贰元整"],
  ["0.005", "壹分"],
  ["-146012.79", "负壹拾肆万陆仟零壹拾贰元柒角玖分"],
])("%s → %s", (amount, words) => expect(amountInWords(dec(amount))).toBe(words));

test("property: only capital numerals and units, never two 零 in a row, ends in 整 or 分", () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (cents) => {
      const w = amountInWords(dec(cents.toString()).dividedBy(100));
      return /^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/.test(w) && !w.includes("零零") && /(整|分)$/.test(w);
    }),
  );
});
