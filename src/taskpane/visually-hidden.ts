/** Styles for text that screen readers read but the eye does not see (and for the file input). */
import type { GriffelStyle } from "@fluentui/react-components";

export const VISUALLY_HIDDEN: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
};
