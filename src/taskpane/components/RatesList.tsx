/**
 * The key rates in the reports' order: the engine's value in percent (2 decimals) and the value
 * the department reported when there is one. Rates that cannot be computed (often not part of the
 * workbook's framework at all) are folded away under one line, each with what it lacks.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DATA_RATES } from "../../core/rates";
import type { EvaluationJson } from "../../core/result-json";
import { formatPercent } from "../format";
import { useStrings } from "../strings-context";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase300 },
  head: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  name: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} 0`,
    verticalAlign: "top",
  },
  value: {
    textAlign: "right",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} 0`,
    verticalAlign: "top",
  },
  reported: {
    display: "block",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  mismatch: { color: tokens.colorPaletteRedForeground1 },
  missing: { color: tokens.colorNeutralForeground4, fontWeight: tokens.fontWeightRegular },
  reason: { display: "block", color: tokens.colorNeutralForeground4, fontSize: tokens.fontSizeBase200 },
  empty: { color: tokens.colorNeutralForeground3 },
  folded: { marginTop: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  summary: { cursor: "pointer" },
});

export function RatesList({ json }: { readonly json: EvaluationJson }) {
  const t = useStrings();
  const styles = useStyles();
  const rows = DATA_RATES.filter((r) => r.id in json.rates || r.id in json.reportedRates);
  const missing = DATA_RATES.filter((r) => !rows.includes(r) && r.id in json.rateErrors);
  if (rows.length === 0 && missing.length === 0) return <span className={styles.empty}>{t.noRates}</span>;
  return (
    <>
      <table className={styles.table} data-testid="rates">
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.name, styles.head)}>
              {t.rateName}
            </th>
            <th scope="col" className={mergeClasses(styles.value, styles.head)}>
              {t.rateValue}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((rate) => {
            const value = json.rates[rate.id];
            const reported = json.reportedRates[rate.id];
            const error = json.rateErrors[rate.id];
            const differs = value !== undefined && reported !== undefined && reported !== value;
            return (
              <tr key={rate.id} className={styles.row}>
                <th scope="row" className={mergeClasses(styles.name, value === undefined && styles.missing)}>
                  {rate.name}
                  {error ? <span className={styles.reason}>{error}</span> : null}
                </th>
                <td className={mergeClasses(styles.value, value === undefined && styles.missing)}>
                  {formatPercent(value)}
                  {reported !== undefined ? (
                    <span className={mergeClasses(styles.reported, differs && styles.mismatch)}>
                      {t.reported} {formatPercent(reported)}
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {missing.length ? (
        <details className={styles.folded} data-testid="rates-missing">
          <summary className={styles.summary}>{t.ratesMissing(missing.length)}</summary>
          <ul>
            {missing.map((rate) => (
              <li key={rate.id}>
                {rate.name}
                {t.colon}
                {json.rateErrors[rate.id]}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
