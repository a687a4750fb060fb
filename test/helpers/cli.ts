/** Runs the perfeval command line in-process and captures what it prints. */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import { run } from "../../src/cli/main";

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function perfeval(args: string[], cwd = process.cwd()): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), interactive: false, cwd });
  return { code, stdout, stderr };
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
