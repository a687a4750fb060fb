/** The pane's title bar: product name, what it does, and which workbook it works on. */
import { Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { useStrings } from "../strings-context";

const useStyles = makeStyles({
  header: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  title: { margin: 0, color: "inherit" },
  subtitle: { color: "inherit", opacity: 0.9 },
  workbook: {
    color: "inherit",
    marginTop: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
});

export function AppHeader({ workbook }: { readonly workbook?: string }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Title3 as="h1" className={styles.title}>
        {t.appTitle}
      </Title3>
      <Caption1 className={styles.subtitle}>{t.appSubtitle}</Caption1>
      {workbook ? (
        <Caption1 className={styles.workbook}>
          {t.workbookLabel}
          {t.colon}
          {workbook}
        </Caption1>
      ) : null}
    </header>
  );
}
