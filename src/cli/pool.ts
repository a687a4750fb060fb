/**
 * Runs the files of a batch on worker threads, one per core: each file alone in its worker for
 * at most the time limit. A file that throws, exhausts its worker's memory or runs past the
 * limit is answered with the reason and the worker replaced; the rest of the batch goes on.
 * Answers come back in completion order; the caller keeps its own order.
 */
import { existsSync } from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import type { EvaluationJson } from "../core/result-json";
import type { EvaluateFileOptions } from "./evaluate-command";

export interface BatchTask {
  readonly id: number;
  readonly name: string;
  readonly input: string;
  readonly options: EvaluateFileOptions;
}

export interface BatchAnswer {
  readonly id: number;
  readonly json?: Omit<EvaluationJson, "narrative">;
  /** Why the file has no result (a Chinese sentence). */
  readonly error?: string;
  /** The failure is the program's (a bug, a crash, the time limit), not the file's content. */
  readonly internal?: boolean;
}

export interface PoolOptions {
  readonly jobs: number;
  /** Per file, in milliseconds. */
  readonly timeoutMs: number;
  /** Heap limit of each worker, in MB. */
  readonly memoryMb?: number;
  readonly onAnswer: (answer: BatchAnswer) => void;
}

/** The compiled worker beside this file; absent when running from TypeScript sources (tests). */
const WORKER = path.join(__dirname, "batch-worker.js");

export function workersAvailable(): boolean {
  return existsSync(WORKER);
}

export async function runPool(tasks: readonly BatchTask[], options: PoolOptions): Promise<void> {
  if (!workersAvailable()) return runInProcess(tasks, options);
  const queue = [...tasks];
  const slots = Math.max(1, Math.min(options.jobs, tasks.length));
  await Promise.all(Array.from({ length: slots }, () => drain(queue, options)));
}

/** One slot: a worker that takes tasks until the queue is empty, replaced when it must be stopped. */
async function drain(queue: BatchTask[], options: PoolOptions): Promise<void> {
  let worker: Worker | undefined;
  try {
    for (let task = queue.shift(); task; task = queue.shift()) {
      worker ??= await started(options.memoryMb ?? 2048);
      const answer = await ask(worker, task, options.timeoutMs);
      if (answer.internal && !("json" in answer)) {
        // The worker may be stuck or broken: never give it another file.
        await worker.terminate().catch(() => undefined);
        worker = undefined;
      }
      options.onAnswer(answer);
    }
  } finally {
    await worker?.terminate().catch(() => undefined);
  }
}

/** A new worker, once it has loaded its modules (or failed to). */
function started(memoryMb: number): Promise<Worker> {
  const worker = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
  return new Promise((resolve) => {
    const ready = (m: { ready?: boolean }) => {
      if (!m.ready) return;
      worker.off("message", ready);
      worker.off("error", failed);
      resolve(worker);
    };
    // A worker that cannot start answers its first task with the error (see ask).
    const failed = () => resolve(worker);
    worker.on("message", ready);
    worker.once("error", failed);
  });
}

function ask(worker: Worker, task: BatchTask, timeoutMs: number): Promise<BatchAnswer> {
  return new Promise((resolve) => {
    const done = (answer: BatchAnswer) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      resolve(answer);
    };
    const onMessage = (answer: BatchAnswer) => {
      if (answer.id === task.id) done(answer);
    };
    const onError = (e: Error) => done({ id: task.id, error: crashMessage(e), internal: true });
    const onExit = (code: number) => done({ id: task.id, error: `处理进程意外退出（代码 ${code}）。`, internal: true });
    const timer = setTimeout(() => done({ id: task.id, error: timeoutMessage(timeoutMs), internal: true }), timeoutMs);
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(task);
  });
}

function crashMessage(e: Error): string {
  if ((e as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY") return "处理这个文件需要的内存超过上限，已跳过。请在 Excel 或 WPS 中检查文件是否异常庞大，另存为 .xlsx 后单独运行 perfeval evaluate。";
  return `内部错误（这是程序的缺陷，不是您的数据的问题）：${e.message}。`;
}

export function timeoutMessage(timeoutMs: number): string {
  return `超过 ${Math.round(timeoutMs / 1000)} 秒仍未处理完，已停止并跳过。请在 Excel 或 WPS 中打开检查，另存为 .xlsx 后单独运行 perfeval evaluate（或用 --timeout 放宽时限）。`;
}

/** Without compiled workers (running from sources): one file after another, failures still isolated. */
async function runInProcess(tasks: readonly BatchTask[], options: PoolOptions): Promise<void> {
  const { evaluateTask } = await import("./batch-worker");
  for (const task of tasks) {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<BatchAnswer>((resolve) => {
      timer = setTimeout(() => resolve({ id: task.id, error: timeoutMessage(options.timeoutMs), internal: true }), options.timeoutMs);
    });
    options.onAnswer(await Promise.race([evaluateTask(task), late]));
    clearTimeout(timer);
  }
}
