/**
 * The scored indicator tree, 一级 → 二级 (→ 三级), collapsible, with 分值 / 得分 / 扣分 per row.
 * Fluent's Tree gives the keyboard behaviour (arrow keys move and expand, Enter toggles). A
 * deduction that is not one (a score above its weight, weight given to no child) reads 请核实.
 */
import { makeStyles, mergeClasses, tokens, Tree, TreeItem, TreeItemLayout } from "@fluentui/react-components";
import type { NodeJson } from "../../core/result-json";
import { deductionInDoubt } from "../deduction-shown";
import { formatScore } from "../format";
import { useStrings } from "../strings-context";
import { VISUALLY_HIDDEN } from "../visually-hidden";

const NUMBER_WIDTH = "44px";
// A narrow pane (240 px, 193 px for the tree beside a scroll bar): a 三级 row keeps room for its
// name when each level indents less, the chevron is slimmer and the numbers' columns are as wide
// as "29.83" (扣分's as wide as 请核实).
const NARROW = "@media (max-width: 300px)";
const NARROW_NUMBER_WIDTH = "32px";
const NARROW_DEDUCTION_WIDTH = "38px";
const NARROW_INDENT = "10px";
const NARROW_CHEVRON = "16px";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  headerName: { flexGrow: 1 },
  numbers: { display: "flex", fontVariantNumeric: "tabular-nums" },
  // Narrower in a narrow pane (240 px), so that the names keep some room.
  number: { width: NUMBER_WIDTH, textAlign: "right", flexShrink: 0, [NARROW]: { width: NARROW_NUMBER_WIDTH } },
  deductionColumn: { [NARROW]: { width: NARROW_DEDUCTION_WIDTH } },
  weight: { color: tokens.colorNeutralForeground3 },
  score: { fontWeight: tokens.fontWeightSemibold },
  lost: { color: tokens.colorPaletteRedForeground1 },
  // 请核实 in a number's column: smaller, so that three characters fit the narrow pane's 38 px.
  doubt: { fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  none: { color: tokens.colorNeutralForeground4 },
  // The name takes what the numbers leave (CJK wraps between any two characters); never below
  // its longest unbreakable run, so long Latin words still break.
  name: { flexGrow: 1, flexBasis: 0, minWidth: 0, whiteSpace: "normal", overflowWrap: "anywhere", paddingTop: "6px", paddingBottom: "6px" },
  level1: { fontWeight: tokens.fontWeightSemibold },
  aside: { paddingRight: tokens.spacingHorizontalXS, [NARROW]: { paddingLeft: tokens.spacingHorizontalXS } },
  // Fluent indents 24 px a level (a leaf by one more, where a branch has its chevron).
  branchLayout: { [NARROW]: { paddingLeft: `calc((var(--fluent-TreeItem--level, 1) - 1) * ${NARROW_INDENT})` } },
  leafLayout: { [NARROW]: { paddingLeft: `calc((var(--fluent-TreeItem--level, 1) - 1) * ${NARROW_INDENT} + ${NARROW_CHEVRON})` } },
  chevron: { [NARROW]: { minWidth: NARROW_CHEVRON } },
  visuallyHidden: VISUALLY_HIDDEN,
});

function ScoreNumbers({ node, label }: { readonly node: NodeJson; readonly label: string }) {
  const t = useStrings();
  const styles = useStyles();
  const lost = node.deduction !== null && node.deduction > 0;
  const doubt = deductionInDoubt(node, t);
  return (
    <span className={styles.numbers}>
      <span className={styles.visuallyHidden}>{label}</span>
      <span className={mergeClasses(styles.number, styles.weight)} aria-hidden>
        {formatScore(node.weight)}
      </span>
      <span className={mergeClasses(styles.number, styles.score)} aria-hidden>
        {formatScore(node.score)}
      </span>
      <span className={mergeClasses(styles.number, styles.deductionColumn, lost || doubt ? styles.lost : styles.none, doubt && styles.doubt)} aria-hidden title={doubt} data-testid={doubt ? "deduction-in-doubt" : undefined}>
        {doubt ? t.overScore : lost ? formatScore(node.deduction) : "0"}
      </span>
    </span>
  );
}

function ScoreNode({ node, value }: { readonly node: NodeJson; readonly value: string }) {
  const t = useStrings();
  const styles = useStyles();
  const branch = node.children.length > 0;
  const label = `${t.weight} ${formatScore(node.weight)}，${t.score} ${formatScore(node.score)}，${deductionInDoubt(node, t) ?? `${t.deduction} ${formatScore(node.deduction ?? 0)}`}`;
  return (
    <TreeItem itemType={branch ? "branch" : "leaf"} value={value}>
      <TreeItemLayout
        className={branch ? styles.branchLayout : styles.leafLayout}
        expandIcon={branch ? { className: styles.chevron } : undefined}
        aside={{ className: styles.aside, children: <ScoreNumbers node={node} label={label} /> }}
        main={{ className: mergeClasses(styles.name, node.level === 1 && styles.level1) }}
      >
        {node.name}
      </TreeItemLayout>
      {branch ? (
        <Tree>
          {node.children.map((child, i) => (
            <ScoreNode key={`${value}/${i}`} node={child} value={`${value}/${i}`} />
          ))}
        </Tree>
      ) : null}
    </TreeItem>
  );
}

export function ScoreTree({ tree }: { readonly tree: readonly NodeJson[] }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <div data-testid="score-tree">
      <div className={styles.header} aria-hidden>
        <span className={styles.headerName}>{t.indicator}</span>
        <span className={styles.numbers}>
          <span className={styles.number}>{t.weight}</span>
          <span className={styles.number}>{t.score}</span>
          <span className={mergeClasses(styles.number, styles.deductionColumn)}>{t.deduction}</span>
        </span>
      </div>
      <Tree aria-label={t.treeLabel} size="small">
        {tree.map((node, i) => (
          <ScoreNode key={String(i)} node={node} value={String(i)} />
        ))}
      </Tree>
    </div>
  );
}
