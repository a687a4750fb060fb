/** Keeps a rendering failure from blanking the pane: shows the failure as a notice instead. */
import { Component, type ReactNode } from "react";
import { failureNotice } from "../notice";
import type { Strings } from "../i18n";
import { NoticeBar } from "./NoticeBar";

interface Props {
  readonly strings: Strings;
  readonly children: ReactNode;
  /** Changing it (a new evaluation) clears a previous failure. */
  readonly resetKey?: unknown;
}

interface State {
  readonly error?: unknown;
  readonly key?: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { key: props.resetKey, error: undefined } : null;
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    const notice = failureNotice(this.state.error, this.props.strings);
    return <NoticeBar notice={{ ...notice, title: this.props.strings.renderError }} />;
  }
}
