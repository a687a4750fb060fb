/**
 * What this Excel can do for the add-in, checked at run time (docs/develop/specify-api-requirements-runtime.md)
 * rather than demanded by the manifest, so the add-in still installs where a part is missing
 * and says so there instead of not appearing at all.
 */
import type { OfficeHost } from "./host";

/**
 * CustomFunctions.Error is CustomFunctionsRuntime 1.2 and its codes invalidValue/notAvailable
 * 1.3 (@types/custom-functions-runtime); the JX functions need both to show Chinese messages.
 */
export const CUSTOM_FUNCTIONS_API = "1.3";

export interface HostCapabilities {
  /** The JX functions are registered and show their messages: formulas may use them. */
  readonly customFunctions: boolean;
  /** getFileAsync(Compressed) gives the .xlsx bytes (转为普通公式). */
  readonly compressedFile: boolean;
  /** A download started in the task pane reaches the user (not in Office for Mac). */
  readonly downloads: boolean;
}

export function capabilitiesOf(host: OfficeHost): HostCapabilities {
  return {
    customFunctions: !host.taskpaneOnly && host.isSetSupported("CustomFunctionsRuntime", CUSTOM_FUNCTIONS_API),
    compressedFile: host.isSetSupported("CompressedFile", "1.1"),
    // Office for Mac ignores downloads from add-ins (office-js #2700, #4681, #3385).
    downloads: host.platform !== "Mac",
  };
}
