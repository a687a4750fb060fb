/** A small argv parser: the commands take few options and we want Chinese errors. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help to show after the message. */
    readonly command?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

export interface ParsedArgs {
  readonly command?: string;
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

const VALUED = new Set(["-o", "--output", "--docx", "--outline", "--framework", "--unit", "--kind", "--jobs", "--timeout"]);
const FLAGS = new Set(["--json", "--force", "--help", "-h", "--version", "-v", "--no-marks", "--no-xlsx"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (VALUED.has(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "") throw new UsageError(`选项 ${name} 后面需要一个值`);
      options.set(name === "--output" ? "-o" : name, value);
    } else if (FLAGS.has(a)) {
      options.set(a === "-h" ? "--help" : a === "-v" ? "--version" : a, true);
    } else if (a.startsWith("-") && a !== "-") {
      throw new UsageError(`不认识的选项：${a}`);
    } else positional.push(a);
  }
  return { command: positional.shift(), positional, options };
}

export { USAGE } from "./help";
