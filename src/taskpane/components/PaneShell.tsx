/** The frame every state of the pane is drawn in: theme, language, page layout. */
import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, type ReactNode } from "react";
import { strings, type Language } from "../i18n";
import { StringsContext } from "../strings-context";
import { paneTheme } from "../theme";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  page: { display: "flex", flexDirection: "column", minWidth: 0, maxWidth: "720px", margin: "0 auto" },
});

export function PaneShell({ language, children }: { readonly language: Language; readonly children: ReactNode }) {
  const styles = useStyles();
  const t = strings(language);
  useEffect(() => {
    document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
    document.title = t.appTitle;
  }, [language, t]);
  return (
    <FluentProvider theme={paneTheme} className={styles.provider}>
      <StringsContext.Provider value={t}>
        <div className={styles.page}>{children}</div>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
