/**
 * The report narrative in the pane: choose the outline, read the text with every number's
 * source (hover for the cell, click to select it in Excel), fill in the placeholder paragraphs,
 * and download the Word report. The text itself comes from the session (src/core).
 */
import { Button, Field, makeStyles, Select, Textarea, tokens } from "@fluentui/react-components";
import type { Narrative, Outline, Paragraph, Span } from "../../core";
import { useStrings } from "../strings-context";
import { VISUALLY_HIDDEN } from "../visually-hidden";

const OUTLINES: readonly Outline[] = ["湛江式", "雷州式", "海珠式"];

const useStyles = makeStyles({
  toolbar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase400 },
  title: { margin: 0, textAlign: "center", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  h1: { margin: `${tokens.spacingVerticalS} 0 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  h2: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  body: { margin: 0, textIndent: "2em" },
  number: {
    border: "none",
    padding: 0,
    font: "inherit",
    color: tokens.colorBrandForeground1,
    background: "none",
    borderBottom: `${tokens.strokeWidthThin} dotted ${tokens.colorBrandStroke1}`,
    cursor: "pointer",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  placeholder: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  hidden: VISUALLY_HIDDEN,
});

export interface ReportViewProps {
  readonly narrative: Narrative;
  readonly outline: Outline;
  readonly edits: Readonly<Record<string, string>>;
  readonly onOutline: (outline: Outline) => void;
  readonly onEdit: (id: string, text: string) => void;
  readonly onSelectCell?: (ref: string) => void;
  readonly onDownload?: () => void;
  readonly disabled?: boolean;
}

function NumberSpan({ span, onSelectCell }: { readonly span: Span; readonly onSelectCell?: (ref: string) => void }) {
  const t = useStrings();
  const styles = useStyles();
  const cells = span.cells ?? [];
  const label = `${t.sourceOf}${t.colon}${cells.slice(0, 4).join("、")}${cells.length > 4 ? "…" : ""}`;
  // A native title, not a floating tooltip: it never covers the buttons the user goes to next.
  return (
    <button type="button" className={styles.number} title={label} onClick={() => cells[0] && onSelectCell?.(cells[0])} data-cells={cells.join(" ")}>
      {span.text}
      <span className={styles.hidden}>（{label}）</span>
    </button>
  );
}

function ParagraphView({ p, edits, onEdit, onSelectCell }: { readonly p: Paragraph } & Pick<ReportViewProps, "edits" | "onEdit" | "onSelectCell">) {
  const styles = useStyles();
  const t = useStrings();
  const text = p.spans.map((s) => s.text).join("");
  if (p.role === "placeholder") {
    return (
      <Field label={`${t.placeholderLabel}${t.colon}${text.replace(/^【请填写：|】$/g, "")}`}>
        <Textarea className={styles.placeholder} resize="vertical" value={edits[p.id] ?? ""} placeholder={text} onChange={(_, d) => onEdit(p.id, d.value)} />
      </Field>
    );
  }
  const content = p.spans.map((s, i) => (s.kind === "number" && s.cells?.length ? <NumberSpan key={i} span={s} onSelectCell={onSelectCell} /> : <span key={i}>{s.text}</span>));
  switch (p.role) {
    case "title":
      return <h3 className={styles.title}>{content}</h3>;
    case "heading1":
      return <h4 className={styles.h1}>{content}</h4>;
    case "heading2":
    case "heading3":
      return <h5 className={styles.h2}>{content}</h5>;
    default:
      return <p className={styles.body}>{content}</p>;
  }
}

export function ReportView(props: ReportViewProps) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <>
      <div className={styles.toolbar}>
        <Field label={t.outlineLabel} hint={t.reportOutlineNote}>
          <Select value={props.outline} disabled={props.disabled} onChange={(_, d) => props.onOutline(d.value as Outline)}>
            {OUTLINES.map((o) => (
              <option key={o} value={o}>
                {t.outlineNames[o]}
              </option>
            ))}
          </Select>
        </Field>
        {props.onDownload ? (
          <Button appearance="secondary" disabled={props.disabled} onClick={props.onDownload}>
            {t.downloadReport}
          </Button>
        ) : null}
        <p className={styles.hint}>{t.reportHint}</p>
      </div>
      <article className={styles.text} aria-label={t.reportTitle} lang="zh-CN">
        {props.narrative.paragraphs.map((p) => (
          <ParagraphView key={p.id} p={p} edits={props.edits} onEdit={props.onEdit} onSelectCell={props.onSelectCell} />
        ))}
      </article>
    </>
  );
}
