/** 跳到待填写的段落: each placeholder in turn, inside sentences too, past what was typed, wrapping around. */
import { fillInSpots, nextFillIn, wrapsAround } from "./next-fill-in";

const submission = "材料报送时间为【请填写：报送日期】，【请填写：报送是否及时、材料质量】。我单位对所报送自评材料负责。";
const boxes = [
  { value: "根据【请填写：自评通知名称及文号】要求，我单位及时布置自评。", bare: false },
  { value: "", bare: true },
  { value: submission, bare: false },
  { value: "负责全市工业和信息化工作。", bare: false },
];

test("each placeholder is a spot, with the characters to select; a filled box has none; those outside the boxes come last", () => {
  const spots = fillInSpots(boxes, 1);
  expect(spots).toEqual([
    { box: 0, start: 2, end: 17 },
    { box: 1, start: 0, end: 0 },
    { box: 2, start: 7, end: 17 },
    { box: 2, start: 18, end: 35 },
    { box: 4, start: 0, end: 0 },
  ]);
  expect(boxes[0].value.slice(2, 17)).toBe("【请填写：自评通知名称及文号】");
  expect(submission.slice(18, 35)).toBe("【请填写：报送是否及时、材料质量】");
});

test("repeated jumps go to the next open item, not back to the same paragraph, and wrap around", () => {
  const spots = fillInSpots(boxes);
  const seen = [nextFillIn(spots)!];
  for (let i = 0; i < 4; i++) seen.push(nextFillIn(spots, seen[seen.length - 1])!);
  expect(seen.map((s) => [s.box, s.start])).toEqual([[0, 2], [1, 0], [2, 7], [2, 18], [0, 2]]);
});

test("after typing over a placeholder the next jump goes to the next one in the same box", () => {
  const typed = submission.replace("【请填写：报送日期】", "2021年3月15日");
  const spots = fillInSpots([{ value: typed, bare: false }]);
  const caret = "材料报送时间为2021年3月15日".length;
  expect(nextFillIn(spots, { box: 0, start: caret - 1 })).toEqual({ box: 0, start: caret + 1, end: caret + 18 });
  // A caret at the start of a box that has a placeholder mid-sentence: the placeholder, not the start.
  expect(nextFillIn(fillInSpots(boxes), { box: 2, start: -1 })).toEqual({ box: 2, start: 7, end: 17 });
});

test("nothing open: no spot", () => {
  expect(nextFillIn(fillInSpots([{ value: "已填写。", bare: false }]))).toBeUndefined();
});

test("a jump that found nothing further on says it went back to the first", () => {
  const spots = fillInSpots(boxes);
  expect(wrapsAround(nextFillIn(spots, { box: 2, start: 18 })!, { box: 2, start: 18 })).toBe(true);
  expect(wrapsAround(nextFillIn(spots, { box: 0, start: 2 })!, { box: 0, start: 2 })).toBe(false);
  expect(wrapsAround(nextFillIn(spots)!)).toBe(false);
});
