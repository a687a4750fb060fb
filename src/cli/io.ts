/** Where the command line writes; injectable so tests can run it in-process. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** stderr is a terminal: show a progress bar. */
  readonly interactive: boolean;
  readonly cwd: string;
}

export function processIO(): CliIO {
  // `perfeval … | head` closes the pipe early: the reader has what it wanted, which is no error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    interactive: !!process.stderr.isTTY,
    cwd: process.cwd(),
  };
}
