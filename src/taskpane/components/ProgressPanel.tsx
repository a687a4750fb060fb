/** A long action in progress: the step in words and a bar, announced politely. */
import { Caption1, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useStrings } from "../strings-context";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  step: { color: tokens.colorNeutralForeground2 },
});

export function ProgressPanel({ step, fraction }: { readonly step: string; readonly fraction?: number }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.panel} role="status" aria-live="polite" data-testid="progress">
      <ProgressBar
        value={fraction === undefined ? undefined : Math.max(0, Math.min(1, fraction))}
        thickness="large"
        aria-label={t.working}
      />
      <Caption1 className={styles.step}>{step}</Caption1>
    </div>
  );
}
