/**
 * What the pane says after an action: a success message from the session, or a failure put
 * into words. A WorkbookError is the user's problem and says so in Chinese; anything else is
 * our problem: a generic message, with the error's own message kept in a collapsed details
 * element. A stack trace is never shown.
 */
import { WorkbookError } from "../core/errors";
import type { Strings } from "./i18n";
import type { ActionResult } from "./session";

export interface Notice {
  readonly intent: "success" | "info" | "warning" | "error";
  readonly title?: string;
  readonly text: string;
  /** Technical detail for support, shown collapsed. */
  readonly details?: string;
  /** Cells the result is about ("自评汇总!A1"). */
  readonly cells?: readonly string[];
}

/** A WorkbookError, even one from another copy of the module (instanceof may not hold). */
function isWorkbookError(error: unknown): error is WorkbookError {
  return (
    error instanceof WorkbookError ||
    (error instanceof Error && error.name === "WorkbookError" && typeof (error as Partial<WorkbookError>).describe === "function")
  );
}

export function failureNotice(error: unknown, t: Strings): Notice {
  if (isWorkbookError(error)) return { intent: "error", title: t.errorTitle, text: error.describe() };
  const details = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { intent: "error", title: t.errorTitle, text: t.unexpectedError, details };
}

/** A green tick only when something was done; "nothing to do" is information. */
export function successNotice(result: ActionResult): Notice {
  return { intent: result.nothingDone ? "info" : "success", text: result.message, cells: result.cells };
}
