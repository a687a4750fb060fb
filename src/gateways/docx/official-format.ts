/**
 * GB/T 9704-2012《党政机关公文格式》as numbers for the docx gateway: A4, 版心 156 mm × 225 mm
 * (天头 37 mm, 订口 28 mm), 22 lines of 28 characters, the fonts of each level and their sizes.
 * Lengths in twips (1/1440 inch), font sizes in half-points as OOXML wants them.
 */
const twips = (mm: number) => Math.round((mm / 25.4) * 1440);

export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) } as const;

/** §5.2.2: 22 lines a page, 28 characters a line. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Font sizes (half-points): 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE = { er: 44, san: 32, si: 28, xiaosi: 24, wu: 21 } as const;

const textHeight = PAGE.height - MARGIN.top - MARGIN.bottom;
const textWidth = PAGE.width - MARGIN.left - MARGIN.right;

/** The line pitch that puts exactly 22 lines in the 版心 (w:docGrid linePitch, and exact line spacing). */
export const LINE_PITCH = Math.floor(textHeight / LINES_PER_PAGE);

/**
 * 28 characters of 三号 (16 pt) need 448 pt, the 版心 is 442.2 pt wide: each character is set
 * slightly condensed (w:spacing, in twentieths of a point), so that exactly 28 fit in Word, WPS
 * and LibreOffice alike. (Word's own way, a character grid with a negative w:charSpace, is drawn
 * by LibreOffice as two grid cells per character, 18 characters a line.)
 */
export const CONDENSE = -Math.ceil((SIZE.san / 2 - textWidth / CHARS_PER_LINE / 20) * 20);

/** One character of 三号 body text: first-line indents, the 落款's right indents. */
export const CHAR = Math.floor(textWidth / CHARS_PER_LINE);

/** Font names as the standard writes them. */
export const FONT = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  pageNumber: "宋体",
  latin: "Times New Roman",
} as const;
