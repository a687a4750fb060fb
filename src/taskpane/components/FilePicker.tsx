/**
 * Browser mode: choose the evaluation workbook with a button (a real file input) or by dropping
 * it on the zone. .xls files can be picked too, so that their owners get the engine's advice
 * (另存为 .xlsx) rather than an empty file dialog; the engine explains anything unusable.
 */
import { Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent, type DragEvent } from "react";
import { useStrings } from "../strings-context";
import { VISUALLY_HIDDEN } from "../visually-hidden";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  compact: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  change: { flexShrink: 0 },
  chosen: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  hiddenInput: VISUALLY_HIDDEN,
});

export interface FilePickerProps {
  readonly fileName?: string;
  readonly disabled?: boolean;
  readonly onFile: (file: File) => void;
}

export function FilePicker({ fileName, disabled, onFile }: FilePickerProps) {
  const t = useStrings();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    take(e.target.files);
    e.target.value = ""; // choosing the same file again still fires change
  };
  const onDragOver = (e: DragEvent) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (!disabled) take(e.dataTransfer.files);
  };

  const fileInput = (
    <input
      ref={input}
      className={styles.hiddenInput}
      type="file"
      accept=".xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
      aria-label={t.fileInputLabel}
      tabIndex={-1}
      disabled={disabled}
      onChange={onChange}
    />
  );
  const dropTarget = {
    onDragOver,
    onDragLeave: () => setDragging(false),
    onDrop,
    "data-testid": "drop-zone",
  };

  // Once a file is chosen the zone shrinks to one line, leaving room for the results.
  if (fileName) {
    return (
      <div className={mergeClasses(styles.compact, dragging && styles.dragging)} {...dropTarget}>
        <Body1 className={styles.chosen}>
          {t.chosenFile}
          {t.colon}
          {fileName}
        </Body1>
        {fileInput}
        <Button size="small" className={styles.change} disabled={disabled} onClick={() => input.current?.click()}>
          {t.chooseAnotherFile}
        </Button>
      </div>
    );
  }
  return (
    <div className={mergeClasses(styles.zone, dragging && styles.dragging)} {...dropTarget}>
      <Body1>{t.dropZone}</Body1>
      {fileInput}
      <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
        {t.chooseFile}
      </Button>
      <Caption1 className={styles.hint}>{t.privacyNote}</Caption1>
    </div>
  );
}
