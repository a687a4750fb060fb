/** The pane's words for the chosen language, available to every component. */
import { createContext, useContext } from "react";
import { strings, type Strings } from "./i18n";

export const StringsContext = createContext<Strings>(strings("zh"));

export function useStrings(): Strings {
  return useContext(StringsContext);
}
