import { parseCellNumber, parseNumberText } from "./parse";

const num = (t: string) => {
  const p = parseNumberText(t);
  if (p.kind !== "number") throw new Error(`${t}: ${p.kind}`);
  return p;
};

describe("parseNumberText", () => {
  test.each([
    ["3,972.00", "3972", undefined],
    ["3972万元", "3972", "万元"],
    ["１１１，０８２，２２２．４７元", "111082222.47", "元"],
    [" 12 ", "12", undefined],
    ["20分", "20", undefined],
    ["−25.42", "-25.42", undefined],
    ["(1,234.50)", "-1234.5", undefined],
  ])("%s", (text, value, unit) => {
    const p = num(text);
    expect(p.value.toString()).toBe(value);
    expect(p.unit).toBe(unit);
    expect(p.isFraction).toBe(false);
  });
  test.each([
    ["￥111,931,823.11", "111931823.11", undefined],
    ["¥111,931,823.11", "111931823.11", undefined],
    ["￥ 1,234.5元", "1234.5", "元"],
    ["-￥1,234", "-1234", undefined],
    ["￥-1,234", "-1234", undefined],
    ["(￥1,234.50)", "-1234.5", undefined],
    ["人民币3,972.00元", "3972", "元"],
    ["RMB 3,972", "3972", undefined],
    ["CNY3972.5", "3972.5", undefined],
    ["3,972.50 RMB", "3972.5", undefined],
    ["￥３，９７２．００万元", "3972", "万元"],
    ["３９７２万", "3972", "万元"],
    ["1.2亿", "1.2", "亿元"],
    ["11 193 182.30", "11193182.3", undefined],
  ])("currency and unit forms: %s", (text, value, unit) => {
    const p = num(text);
    expect(p.value.toString()).toBe(value);
    expect(p.unit).toBe(unit);
  });
  test("a currency sign alone or before words is still no number", () => {
    expect(parseNumberText("￥").kind).toBe("unreadable");
    expect(parseNumberText("￥待定").kind).toBe("unreadable");
  });
  test("percent text becomes a fraction and keeps what was written", () => {
    const p = num("99.07%");
    expect(p.value.toString()).toBe("0.9907");
    expect(p.written?.percent.toString()).toBe("99.07");
    expect(p.written?.decimals).toBe(2);
    expect(num("９４％").value.toString()).toBe("0.94");
  });
  test.each(["", "-", "—", "——", "无", "N/A", "  "])("%j means no value", (t) => {
    expect(parseNumberText(t).kind).toBe("empty");
  });
  test.each(["二十", "待定", "约三千", "12a"])("%s is unreadable, with a Chinese reason", (t) => {
    const p = parseNumberText(t);
    expect(p.kind).toBe("unreadable");
    if (p.kind === "unreadable") expect(p.reason).toContain(t);
  });
});

describe("parseCellNumber", () => {
  test("a percent-formatted number is a fraction with the format's decimals", () => {
    const p = parseCellNumber({ value: 0.9907, numFmt: "0.00%" });
    expect(p.kind === "number" && p.isFraction && p.written?.decimals).toBe(2);
  });
  test("binary floats are read through their shortest text", () => {
    const p = parseCellNumber({ value: 0.1 + 0.2 });
    expect(p.kind === "number" && p.value.toString()).toBe("0.30000000000000004");
    const q = parseCellNumber({ value: 111082222.47 });
    expect(q.kind === "number" && q.value.toString()).toBe("111082222.47");
  });
  test("error values, dates and booleans are unreadable, not crashes", () => {
    expect(parseCellNumber({ value: { error: "#DIV/0!" } }).kind).toBe("unreadable");
    expect(parseCellNumber({ value: "2024-06-11", isDate: true }).kind).toBe("unreadable");
    expect(parseCellNumber({ value: true }).kind).toBe("unreadable");
    expect(parseCellNumber(undefined).kind).toBe("empty");
  });
});
