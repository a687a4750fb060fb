/** Shown while the pane finds out whether it runs inside Excel (at most a few seconds). */
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useStrings } from "../strings-context";
import { AppHeader } from "./AppHeader";

const useStyles = makeStyles({ body: { padding: tokens.spacingHorizontalXXL } });

export function StartingView() {
  const t = useStrings();
  const styles = useStyles();
  return (
    <>
      <AppHeader />
      <main className={styles.body}>
        <Spinner size="small" label={t.starting} />
      </main>
    </>
  );
}
