/** The WPS add-in's main page: registers the JX functions where this WPS runs custom functions. */
import { registerWpsFunctions } from "./wps-functions";

registerWpsFunctions((globalThis as { wps?: Parameters<typeof registerWpsFunctions>[0] }).wps);
