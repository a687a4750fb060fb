/**
 * Runs library code with console output held back: ExcelJS prints English warnings (a sheet
 * name over 31 characters, …) straight to the terminal, where users would take them for errors.
 * What it prints is dropped; failures still throw and become Chinese messages.
 */
export async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  const mute = () => undefined;
  console.log = console.warn = console.error = console.info = mute;
  try {
    return await work();
  } finally {
    Object.assign(console, saved);
  }
}
