/**
 * Fluent's light theme with a font stack that has Chinese glyphs: Segoe UI for Latin text,
 * then the system CJK fonts of Windows, macOS and Linux. Nothing is downloaded.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";

export const CJK_FONT_STACK = "'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif";

export const paneTheme: Theme = { ...webLightTheme, fontFamilyBase: CJK_FONT_STACK };
