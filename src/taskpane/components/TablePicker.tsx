/**
 * Which table of the workbook the pane shows (a department table and project sheets): the same
 * Fluent Select as the report's 报告体例 and 金额单位, a native <select> underneath (the system's
 * list on touch and by keyboard). A lazy chunk with the report view: only a workbook of several
 * tables shows it.
 */
import { Field, makeStyles, Select } from "@fluentui/react-components";
import type { EvaluatedWorkbook } from "../../core";
import { useStrings } from "../strings-context";

const useStyles = makeStyles({
  // Shrinks below the longest project name in a 240 px pane.
  select: { minWidth: 0, maxWidth: "100%" },
  control: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

export interface TablePickerProps {
  readonly tables: EvaluatedWorkbook["tables"];
  readonly value: number;
  readonly disabled?: boolean;
  readonly onChange: (table: number) => void;
}

export function TablePicker({ tables, value, disabled, onChange }: TablePickerProps) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <Field label={t.tablePicker(tables.length)}>
      <Select className={styles.select} select={{ className: styles.control }} value={String(value)} disabled={disabled} onChange={(_, d) => onChange(Number(d.value))} data-testid="table-picker">
        {tables.map((x, i) => (
          <option key={i} value={String(i)}>
            {t.tableName(x.json.kind, x.json.kind === "project" ? (x.json.project?.name ?? null) : x.json.department, i)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
