/**
 * One batch worker thread: evaluates the files the pool sends it, one at a time, and answers
 * with the result's JSON or the reason it failed. Whatever goes wrong stays with that file.
 */
import { parentPort } from "worker_threads";
import { WorkbookError } from "../core/errors";
import { evaluateFile } from "./evaluate-command";
import type { BatchTask, BatchAnswer } from "./pool";

export async function evaluateTask(task: BatchTask): Promise<BatchAnswer> {
  try {
    injectFault(task.name);
    const { result } = await evaluateFile(task.input, task.options);
    // The overview needs no report text: keep the answer small across 2,000 files.
    const { narrative: _narrative, ...json } = result.json;
    return { id: task.id, json: json as BatchAnswer["json"] };
  } catch (e) {
    if (e instanceof WorkbookError) return { id: task.id, error: e.message };
    return { id: task.id, error: internalError(e), internal: true };
  }
}

export function internalError(e: unknown): string {
  return `内部错误（这是程序的缺陷，不是您的数据的问题）：${String((e as Error)?.message ?? e).replace(/。$/, "")}。可单独运行 perfeval evaluate 并设置 PERFEVAL_DEBUG=1 查看详细信息。`;
}

/**
 * Test hook (never set in normal use): PERFEVAL_FAULT="crash:名称" or "hang:名称" makes the file
 * whose name contains 名称 throw an unexpected error or never finish, so the batch's isolation
 * and time limit can be tested on real worker threads.
 */
function injectFault(name: string): void {
  const fault = process.env.PERFEVAL_FAULT;
  if (!fault) return;
  const [kind, needle] = fault.split(":");
  if (!needle || !name.includes(needle)) return;
  if (kind === "crash") throw new TypeError("injected fault");
  if (kind === "hang") for (;;) Math.sqrt(Math.random()); // a busy loop: only terminate() ends it
}

if (parentPort) {
  const port = parentPort;
  port.on("message", (task: BatchTask) => {
    void evaluateTask(task).then((answer) => port.postMessage(answer));
  });
  // Modules loaded: the pool starts a file's clock only now.
  port.postMessage({ ready: true });
}
