/** The WPS gateway: the ET object model's grids in, write plans out, same interface as Excel's. */
export { createWpsGateway, WPS_MARKS_SETTING, type WpsGateway } from "./gateway";
export { inWps, wpsHost, type WpsHost } from "./host";
export type { EtApplication } from "./et";
