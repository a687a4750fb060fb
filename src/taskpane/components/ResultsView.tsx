/** Everything 读取评价表 found: the headline, the scored tree, the rates and the checks. */
import type { EvaluationJson } from "../../core/result-json";
import { useStrings } from "../strings-context";
import { ChecksList } from "./ChecksList";
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
      <Section title={t.checksTitle} id="checks-heading">
        <ChecksList checks={json.checks} onSelectCell={onSelectCell} />
      </Section>
      <Section title={t.treeTitle} id="tree-heading">
        <ScoreTree tree={json.tree} />
      </Section>
      <Section title={t.ratesTitle} id="rates-heading">
        <RatesList json={json} />
      </Section>
    </>
  );
}
