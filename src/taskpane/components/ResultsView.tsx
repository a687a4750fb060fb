/**
 * Everything 读取评价表 found: the headline, the checks, the scored tree and the rates; for a
 * project table (项目支出绩效自评表) the funds with 执行率 and the indicators' targets against
 * their results in place of the rates.
 */
import type { EvaluationJson } from "../../core/result-json";
import { useStrings } from "../strings-context";
import { ChecksList } from "./ChecksList";
import { FundsTable, IndicatorsTable } from "./ProjectTables";
import { RatesList } from "./RatesList";
import { ScoreTree } from "./ScoreTree";
import { Section } from "./Section";
import { SummaryCard } from "./SummaryCard";

export interface ResultsViewProps {
  readonly json: EvaluationJson;
  readonly onSelectCell?: (ref: string) => void;
}

export function ResultsView({ json, onSelectCell }: ResultsViewProps) {
  const t = useStrings();
  return (
    <>
      <Section title={t.resultsTitle} id="results-heading">
        <SummaryCard json={json} />
      </Section>
      {json.project ? (
        <>
          <Section title={t.fundsTitle} id="funds-heading">
            <FundsTable project={json.project} unit={json.unit} />
          </Section>
          <Section title={t.indicatorsTitle} id="indicators-heading">
            <IndicatorsTable project={json.project} />
          </Section>
        </>
      ) : null}
      <Section title={t.checksTitle} id="checks-heading">
        <ChecksList checks={json.checks} onSelectCell={onSelectCell} />
      </Section>
      <Section title={t.treeTitle} id="tree-heading">
        <ScoreTree tree={json.tree} />
      </Section>
      {json.project ? null : (
        <Section title={t.ratesTitle} id="rates-heading">
          <RatesList json={json} />
        </Section>
      )}
    </>
  );
}
