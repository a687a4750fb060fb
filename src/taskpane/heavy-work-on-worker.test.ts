/**
 * The heavy-work client with a fake Worker: a worker that never loads, or dies, leaves its work
 * to the pane's thread (the real tasks run there), for the task waiting and every later one.
 */
import * as ExcelJS from "exceljs";
import { runHeavyTask, type HeavyTask, type PlainCopyResult } from "./heavy-work-tasks";
import { heavyWorkOnWorker, type WorkerLike } from "./heavy-work-on-worker";

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly posted: { message: { id: number; task: HeavyTask }; transfer: Transferable[] }[] = [];
  terminated = false;
  postMessage(message: unknown, transfer: Transferable[]): void {
    this.posted.push({ message: message as { id: number; task: HeavyTask }, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  /** What the worker sends. */
  say(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }
  /** The Worker's error event: its script failed to load, or it died. */
  fail(message: string): void {
    this.onerror?.({ message } as unknown as Event);
  }
  /** Runs what was posted as the real worker script would, and answers. */
  async answerAll(): Promise<void> {
    for (const { message } of this.posted.splice(0)) {
      const { result } = await runHeavyTask(message.task);
      this.say({ id: message.id, result });
    }
  }
}

async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表");
  ws.getCell("A1").value = 8;
  ws.getCell("A2").value = 10;
  ws.getCell("B1").value = { formula: "_xldudf_JX_SCORE_RATE(A1,A2)", result: 0.8 };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const narrative = { outline: "湛江式" as const, unit: "万元" as const, paragraphs: [{ id: "p", role: "body" as const, spans: [{ text: "正文" }] }] };

async function expectPlainCopy(result: Promise<PlainCopyResult>): Promise<void> {
  const { base64, report } = await result;
  expect(report).toEqual({ formulas: 1, values: 0 });
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(Buffer.from(base64, "base64") as unknown as ExcelJS.Buffer);
  expect((copy.getWorksheet("表")!.getCell("B1").value as { formula: string }).formula).toBe("(A1/A2)");
}

test("a worker whose script fails to load: the waiting tasks, never handed to it, run on the pane's thread, and so do later ones", async () => {
  const fake = new FakeWorker();
  const heavy = heavyWorkOnWorker(() => fake);
  const copy = heavy.plainCopy(await workbookBytes(), "当前工作簿.xlsx");
  const docx = heavy.reportDocx(narrative, []);
  expect(fake.posted).toEqual([]); // not ready: nothing handed over yet
  fake.fail("Failed to load worker script");
  await expectPlainCopy(copy);
  expect((await docx).byteLength).toBeGreaterThan(1000);
  expect(fake.terminated).toBe(true);
  await expectPlainCopy(heavy.plainCopy(await workbookBytes(), "当前工作簿.xlsx"));
  expect(fake.posted).toEqual([]);
});

test("a worker that loads does the work: tasks wait for its ready message, then go to it with their bytes handed over", async () => {
  const fake = new FakeWorker();
  const heavy = heavyWorkOnWorker(() => fake);
  const bytes = await workbookBytes();
  const copy = heavy.plainCopy(bytes, "当前工作簿.xlsx");
  expect(fake.posted).toEqual([]);
  fake.say({ ready: true });
  expect(fake.posted.map((p) => p.message.task.kind)).toEqual(["plain-copy"]);
  expect(fake.posted[0].transfer).toEqual([bytes.buffer]);
  await fake.answerAll();
  await expectPlainCopy(copy);
  const docx = heavy.reportDocx(narrative, []);
  expect(fake.posted.map((p) => p.message.task.kind)).toEqual(["report-docx"]);
  await fake.answerAll();
  expect((await docx).byteLength).toBeGreaterThan(1000);
});

test("a worker that dies after loading: a task that sent no bytes runs again here; one whose bytes it took says so; later tasks run here", async () => {
  const fake = new FakeWorker();
  let inlineRuns = 0;
  const heavy = heavyWorkOnWorker(
    () => fake,
    async (task) => {
      inlineRuns++;
      return (await runHeavyTask(task)).result;
    },
  );
  fake.say({ ready: true });
  const docx = heavy.reportDocx(narrative, []);
  const copy = heavy.plainCopy(await workbookBytes(), "当前工作簿.xlsx");
  expect(fake.posted).toHaveLength(2);
  fake.fail("out of memory");
  expect((await docx).byteLength).toBeGreaterThan(1000);
  await expect(copy).rejects.toThrow(/worker stopped \(out of memory\); the task can be run again/);
  await expectPlainCopy(heavy.plainCopy(await workbookBytes(), "当前工作簿.xlsx"));
  expect(inlineRuns).toBe(2);
  expect(fake.posted).toHaveLength(2); // nothing more went to the dead worker
});

test("a worker that cannot be made: everything runs here", async () => {
  const heavy = heavyWorkOnWorker(() => {
    throw new Error("SecurityError: workers are not allowed");
  });
  await expectPlainCopy(heavy.plainCopy(await workbookBytes(), "当前工作簿.xlsx"));
});

test("an error the task raises in the worker reaches the pane as that error, and the worker stays in use", async () => {
  const fake = new FakeWorker();
  const heavy = heavyWorkOnWorker(() => fake);
  fake.say({ ready: true });
  const copy = heavy.plainCopy(new Uint8Array([1, 2, 3]), "当前工作簿.xlsx");
  fake.say({ id: fake.posted[0].message.id, error: { name: "WorkbookError", message: "这不是 Excel 工作簿。", location: { file: "当前工作簿.xlsx" } } });
  await expect(copy).rejects.toMatchObject({ name: "WorkbookError", message: "这不是 Excel 工作簿。" });
  void heavy.reportDocx(narrative, []);
  expect(fake.posted).toHaveLength(2);
});
