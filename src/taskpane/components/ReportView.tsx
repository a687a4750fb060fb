/**
 * The report in the pane, read as the text it is: choose the outline and the unit, read the
 * paragraphs (every number highlighted inline; hovering shows its source cell, and inside Excel
 * a click selects it), fill in the boxes, and download the Word report. Numbers are not tab
 * stops: a keyboard user goes from the outline straight to the boxes; the skip link says how
 * many are open and goes to the next 【请填写：…】 each time, selected so that typing replaces it. Text typed for a section the chosen outline lacks is listed, never dropped. The text
 * itself comes from the session (src/core).
 */
import { Button, Field, Link, makeStyles, Radio, RadioGroup, Select, Textarea, tokens } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { openItems, PROJECT_OUTLINE, reportDraft, sameSectionIds, userTextFor, type EvaluatedWorkbook, type MoneyUnit, type Narrative, type Outline, type Paragraph, type Span } from "../../core";
import { FILL_MARK } from "../../core/narrative/text";
import { fillInSpots, nextFillIn, wrapsAround, type FillInSpot } from "../next-fill-in";
import type { ReportScope } from "../session";
import { useStrings } from "../strings-context";
import { VISUALLY_HIDDEN } from "../visually-hidden";

const OUTLINES: readonly Outline[] = ["湛江式", "雷州式", "海珠式"];
const UNITS: readonly MoneyUnit[] = ["万元", "元"];
const BARE_PLACEHOLDER = /^【请填写：[^】]*】$/;

const useStyles = makeStyles({
  toolbar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Top-aligned: 报告体例's hint below it must not push 金额单位's dropdown down beside it.
  choices: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalM },
  // One per line in a task pane, side by side when wide; shrinks below the longest option in a 240 px pane.
  choice: { flexGrow: 1, flexBasis: "200px", minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%" },
  selectControl: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  open: { margin: 0, fontSize: tokens.fontSizeBase200 },
  text: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase400,
    // CJK rules: closing punctuation never starts a line, opening never ends one.
    lineBreak: "strict",
    overflowWrap: "break-word",
  },
  title: { margin: `${tokens.spacingVerticalS} 0`, textAlign: "center", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  meta: { margin: 0, textAlign: "center" },
  h1: { margin: `${tokens.spacingVerticalS} 0 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, textIndent: "2em" },
  h2: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, textIndent: "2em" },
  // Justified in a 240 px pane, a line of few break opportunities spreads its characters apart.
  body: { margin: 0, textIndent: "2em", textAlign: "justify", "@media (max-width: 300px)": { textAlign: "start" } },
  // A formula line has few break opportunities: justified, its gaps would gape.
  formula: { margin: 0, textIndent: "2em", textAlign: "left" },
  right: { margin: 0, textAlign: "right" },
  notice: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`,
  },
  number: {
    color: tokens.colorBrandForeground1,
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusSmall,
    cursor: "help",
  },
  // Text quoted from the workbook (a 扣分原因): traced like a number, marked more quietly.
  quote: {
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    textDecorationColor: tokens.colorBrandStroke1,
    textUnderlineOffset: "3px",
    cursor: "help",
  },
  numberButton: {
    display: "inline",
    border: "none",
    padding: 0,
    margin: 0,
    font: "inherit",
    lineHeight: "inherit",
    textAlign: "inherit",
    whiteSpace: "normal",
    color: tokens.colorBrandForeground1,
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusSmall,
    cursor: "pointer",
  },
  verify: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  inlinePlaceholder: { color: tokens.colorPaletteDarkOrangeForeground1 },
  box: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  boxLabel: { color: tokens.colorPaletteDarkOrangeForeground1 },
  // A box with no 【请填写：…】 left: its section's name, and quietly that it is done.
  filledLabel: { color: tokens.colorNeutralForeground1 },
  filledMark: { marginLeft: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular },
  unplaced: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  unplacedText: { margin: 0, whiteSpace: "pre-wrap", color: tokens.colorNeutralForeground2 },
  hidden: VISUALLY_HIDDEN,
});

export interface ReportViewProps {
  /** The report's structure (without the user's text: a box stays a box while typed in). */
  readonly narrative: Narrative;
  /** The evaluation it comes from, to work out what the typed text leaves open or unplaced. */
  readonly evaluated: EvaluatedWorkbook;
  readonly outline: Outline;
  readonly unit: MoneyUnit;
  readonly edits: Readonly<Record<string, string>>;
  /** Which table of the workbook the report is of (EvaluatedWorkbook.tables). */
  readonly table?: number;
  readonly onOutline: (outline: Outline) => void;
  readonly onUnit: (unit: MoneyUnit) => void;
  /** The ids of one section in every outline, and its new text. */
  readonly onEdit: (ids: readonly string[], text: string) => void;
  /** Inside Excel: selects a source cell. Absent in the browser, where a number only shows its source. */
  readonly onSelectCell?: (ref: string) => void;
  readonly onDownload?: () => void;
  /** A workbook of several tables: whether the Word report has the table shown or all of them. */
  readonly scope?: {
    readonly value: ReportScope;
    readonly tables: number;
    /** How the table picker names the table shown. */
    readonly shownName: string;
    readonly onChange: (scope: ReportScope) => void;
  };
  readonly disabled?: boolean;
}

function NumberSpan({ span, onSelectCell }: { readonly span: Span; readonly onSelectCell?: (ref: string) => void }) {
  const t = useStrings();
  const styles = useStyles();
  const cells = span.cells ?? [];
  const label = `${t.sourceOf}${t.colon}${cells.slice(0, 4).join("、")}${cells.length > 4 ? "…" : ""}`;
  const hidden = <span className={styles.hidden}>（{label}）</span>;
  const quoted = /[\u4e00-\u9fff]/.test(span.text);
  // A native title, not a floating tooltip: it never covers the text being read. Not a tab stop:
  // the sources are also in 自评报告's 数据来源 column and the 数据检查 list.
  if (!onSelectCell || !cells[0]) {
    return (
      <span className={quoted ? styles.quote : styles.number} title={label} data-cells={cells.join(" ")}>
        {span.text}
        {hidden}
      </span>
    );
  }
  return (
    <button type="button" tabIndex={-1} className={styles.numberButton} title={`${label}${t.clickToSelect}`} data-cells={cells.join(" ")} onClick={() => onSelectCell(cells[0])}>
      {span.text}
      {hidden}
    </button>
  );
}

function SpanView({ span, onSelectCell }: { readonly span: Span; readonly onSelectCell?: (ref: string) => void }) {
  const styles = useStyles();
  if (span.kind === "verify") return <span className={styles.verify}>{span.text}</span>;
  // Outside a box (a cover line the workbook left blank): the jump to the boxes comes here last.
  if (span.kind === "placeholder") {
    return (
      <span className={styles.inlinePlaceholder} data-open-fill="" tabIndex={-1}>
        {span.text}
      </span>
    );
  }
  if (span.kind === "number" && span.cells?.length) return <NumberSpan span={span} onSelectCell={onSelectCell} />;
  return <>{span.text}</>;
}

/** A box the user writes in: a placeholder, or a paragraph they wrote earlier in the workbook. */
function FillInBox({ p, edits, onEdit, disabled }: { readonly p: Paragraph } & Pick<ReportViewProps, "edits" | "onEdit" | "disabled">) {
  const t = useStrings();
  const styles = useStyles();
  const text = p.spans.map((s) => s.text).join("");
  const bare = p.role === "placeholder" && BARE_PLACEHOLDER.test(text);
  const value = userTextFor(p.id, edits) ?? edits[p.id] ?? (bare ? "" : text);
  const what = p.label ?? text.replace(/^【请填写：|】$/g, "");
  // Done once it has text and no placeholder left in it (back to open when emptied).
  const filled = value.trim() !== "" && !value.includes(FILL_MARK);
  const label = filled ? (
    <span className={styles.filledLabel} data-filled="">
      {what}
      <span className={styles.filledMark}> {t.filled}</span>
    </span>
  ) : (
    <span className={styles.boxLabel}>{`${t.placeholderLabel}${t.colon}${what}`}</span>
  );
  return (
    <Field label={label}>
      <Textarea
        className={filled ? undefined : styles.box}
        resize="vertical"
        rows={Math.min(8, Math.max(2, Math.ceil(Math.max(value.length, text.length) / 20)))}
        value={value}
        placeholder={bare ? text : undefined}
        disabled={disabled}
        data-fill-in={p.id}
        onChange={(_, d) => onEdit(sameSectionIds(p.id), d.value)}
      />
    </Field>
  );
}

function ParagraphView({ p, onSelectCell }: { readonly p: Paragraph; readonly onSelectCell?: (ref: string) => void }) {
  const styles = useStyles();
  const content = p.spans.map((s, i) => <SpanView key={i} span={s} onSelectCell={onSelectCell} />);
  switch (p.role) {
    case "title":
      return <h3 className={styles.title}>{content}</h3>;
    case "meta":
      return <p className={styles.meta}>{content}</p>;
    case "heading1":
      return <h4 className={styles.h1}>{content}</h4>;
    case "heading2":
    case "heading3":
      return <h5 className={styles.h2}>{content}</h5>;
    case "notice":
      return <p className={styles.notice}>{content}</p>;
    default:
      return <p className={p.align === "right" || p.role === "signature" ? styles.right : p.id.includes(".rate.") ? styles.formula : styles.body}>{content}</p>;
  }
}

export function ReportView(props: ReportViewProps) {
  const t = useStrings();
  const styles = useStyles();
  const article = useRef<HTMLElement>(null);
  const boxes = props.narrative.paragraphs.filter((p) => p.role === "placeholder" || (p.label !== undefined && p.role !== "notice"));
  // With the typed text: what is still open, and what has no place in this outline.
  const draft = useMemo(
    () => reportDraft(props.evaluated, { outline: props.outline, unit: props.unit, edits: props.edits, table: props.table }),
    [props.evaluated, props.outline, props.unit, props.edits, props.table],
  );
  // A project table's report has one outline (项目支出): nothing to choose.
  const projectReport = props.narrative.outline === PROJECT_OUTLINE;
  const open = openItems(draft.narrative.paragraphs);
  const unplaced = draft.unplaced;
  // Where the last jump went, and what had the focus last (the user may have clicked a box since).
  const lastSpot = useRef<FillInSpot | undefined>(undefined);
  const lastFocused = useRef<EventTarget | undefined>(undefined);
  const [jumpNote, setJumpNote] = useState("");
  const toNextFillIn = () => {
    const root = article.current;
    if (!root) return;
    const areas = Array.from(root.querySelectorAll<HTMLTextAreaElement>("textarea[data-fill-in]"));
    const outside = Array.from(root.querySelectorAll<HTMLElement>("[data-open-fill]"));
    const spots = fillInSpots(areas.map((a) => ({ value: a.value, bare: a.placeholder !== "" })), outside.length);
    // Go on from the caret when the user moved it (clicked, typed) since the last jump.
    const last = lastSpot.current;
    let after: { box: number; start: number } | undefined = last;
    const focused = lastFocused.current;
    if (focused instanceof HTMLTextAreaElement && areas.includes(focused)) {
      const box = areas.indexOf(focused);
      const untouched = last?.box === box && focused.selectionStart === last.start && focused.selectionEnd === last.end;
      if (!untouched) after = { box, start: focused.selectionStart - 1 };
    }
    const next = nextFillIn(spots, after);
    // Said, not only done: nothing left, or back at the first one.
    setJumpNote(next ? (wrapsAround(next, after) ? t.fillInWrapped : "") : t.fillInNoneLeft);
    if (!next) return;
    lastSpot.current = next;
    const target = next.box < areas.length ? areas[next.box] : outside[next.box - areas.length];
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center" });
    if (target instanceof HTMLTextAreaElement) {
      // Selected: what the user types replaces the placeholder.
      target.setSelectionRange(next.start, next.end);
    } else {
      const range = document.createRange();
      range.selectNodeContents(target);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }
  };
  return (
    <>
      <div className={styles.toolbar}>
        <div className={styles.choices}>
          {projectReport ? (
            <Field label={t.outlineLabel} className={styles.choice}>
              <span data-testid="project-outline">{t.projectOutline}</span>
            </Field>
          ) : (
            <Field label={t.outlineLabel} className={styles.choice} hint={t.reportOutlineNote}>
              <Select className={styles.select} select={{ className: styles.selectControl }} value={props.outline} disabled={props.disabled} onChange={(_, d) => props.onOutline(d.value as Outline)}>
                {OUTLINES.map((o) => (
                  <option key={o} value={o}>
                    {t.outlineNames[o]}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field label={t.unitLabel} className={styles.choice}>
            <Select className={styles.select} select={{ className: styles.selectControl }} value={props.unit} disabled={props.disabled} onChange={(_, d) => props.onUnit(d.value as MoneyUnit)}>
              {UNITS.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <p className={styles.hint}>{props.onSelectCell ? t.reportHintExcel : t.reportHint}</p>
        {boxes.length ? (
          <p className={styles.open} data-testid="open-items">
            <Link as="button" onClick={toNextFillIn}>
              {t.toFillIn(open.fill)}
            </Link>
            {/* One count of what is left to fill in, from the text as typed so far (live); then what to verify. */}
            {open.verify ? <span>{t.stillOpen(0, open.verify)}</span> : null}
            <span role="status" data-testid="fill-in-note">
              {jumpNote}
            </span>
          </p>
        ) : null}
        {unplaced.length ? (
          <div className={styles.unplaced} data-testid="unplaced">
            <span>{t.unplacedTitle(props.outline)}</span>
            {unplaced.map((u) => (
              <p key={u.id} className={styles.unplacedText}>
                <strong>{u.label}</strong>
                {t.colon}
                {u.text}
              </p>
            ))}
          </div>
        ) : null}
        {props.onDownload && props.scope ? (
          <Field label={t.reportScopeLabel}>
            <RadioGroup value={props.scope.value} disabled={props.disabled} onChange={(_, d) => props.scope?.onChange(d.value as ReportScope)} data-testid="report-scope">
              <Radio value="shown" label={t.reportScopeShown(props.scope.shownName)} />
              <Radio value="all" label={t.reportScopeAll(props.scope.tables)} />
            </RadioGroup>
          </Field>
        ) : null}
        {props.onDownload ? (
          <Button appearance="secondary" disabled={props.disabled} onClick={props.onDownload}>
            {t.downloadReport}
          </Button>
        ) : null}
      </div>
      <article ref={article} className={styles.text} aria-label={t.reportTitle} lang="zh-CN" onFocus={(event) => (lastFocused.current = event.target)}>
        {props.narrative.paragraphs.map((p) =>
          boxes.includes(p) ? (
            <FillInBox key={p.id} p={p} edits={props.edits} onEdit={props.onEdit} disabled={props.disabled} />
          ) : (
            <ParagraphView key={p.id} p={p} onSelectCell={props.onSelectCell} />
          ),
        )}
      </article>
    </>
  );
}
