/** A one-line progress bar on a terminal; silent elsewhere (CI logs stay clean). */
import type { CliIO } from "./io";

export class ProgressBar {
  private last = "";
  constructor(
    private readonly io: CliIO,
    private readonly total: number,
  ) {}

  update(done: number, label: string): void {
    if (!this.io.interactive) return;
    const width = 30;
    const filled = Math.round((done / Math.max(this.total, 1)) * width);
    const bar = "█".repeat(filled) + "░".repeat(width - filled);
    const name = label.length > 30 ? "…" + label.slice(-29) : label;
    const line = `\r[${bar}] ${done}/${this.total} ${name}`;
    this.io.stderr(line + " ".repeat(Math.max(0, this.last.length - line.length)));
    this.last = line;
  }

  finish(): void {
    if (this.io.interactive && this.last) this.io.stderr("\n");
  }
}
