import { dec, formatScore, round, toFixed, toGrouped, toPercent } from "./decimal";

describe("decimal rounding (四舍五入)", () => {
  test("half up, not banker's: 4.825 → 4.83 (the 2020 report)", () => {
    expect(round(dec("0.94").plus("0.99").dividedBy(2).times(5)).toString()).toBe("4.83");
    expect(round(dec("4.815")).toString()).toBe("4.82");
    expect(round(dec("-25.425")).toString()).toBe("-25.43");
  });
  test("percent output rounds the percentage, not the fraction", () => {
    expect(toPercent(dec("111931823.11").dividedBy(dec("111082222.47").plus("1899168.28")))).toBe(99.07);
  });
  test("exact decimal arithmetic: 0.1 + 0.2 = 0.3", () => {
    expect(dec("0.1").plus("0.2").equals("0.3")).toBe(true);
  });
  test("grouping and fixed", () => {
    expect(toGrouped(dec("111931823.105"))).toBe("111,931,823.11");
    expect(toGrouped(dec("-1234.5"))).toBe("-1,234.50");
    expect(toFixed(dec("0.005"))).toBe("0.01");
    // A negative that rounds to zero is zero: never "-0.00" beside a "0.00" of the same figure.
    expect(toFixed(dec("-0.0047"))).toBe("0.00");
    expect(toGrouped(dec("-0.004"))).toBe("0.00");
    expect(toFixed(dec("-0.005"))).toBe("-0.01");
    expect(formatScore(dec("20.00"))).toBe("20");
    expect(formatScore(dec("8.50"))).toBe("8.5");
  });
});

test("a quotient that is exactly a half rounds up, though carried to 34 digits it reads …4999", () => {
  const q = dec(30).times(dec(2).dividedBy(96));
  expect(q.toString()).toMatch(/^0\.62499/);
  expect(round(q).toString()).toBe("0.63");
  expect(toFixed(q)).toBe("0.63");
});
