import * as ExcelJS from "exceljs";
import { crc32 } from "node:zlib";
import { detectFileKind } from "./file-kind";
import { excelJsBytes as workbookToBuffer } from "./scratch-sheets";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A minimal zip holding one stored (uncompressed) file. */
function storedZip(name: string, content: string): Uint8Array {
  const nameBytes = Buffer.from(name, "utf8");
  const data = Buffer.from(content, "utf8");
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42); // local header offset
  const centralOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

function ole(extra: Uint8Array = new Uint8Array()): Uint8Array {
  const bytes = new Uint8Array(1024 + extra.length);
  bytes.set(OLE_MAGIC);
  bytes.set(extra, 600);
  return bytes;
}

describe("detectFileKind", () => {
  it("recognises a real .xlsx written by ExcelJS", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = 1;
    expect(detectFileKind(await workbookToBuffer(wb))).toBe("xlsx");
  });

  it("recognises a .xlsx whose central directory is cut off, by its local headers", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = 1;
    const bytes = await workbookToBuffer(wb);
    expect(detectFileKind(bytes.subarray(0, bytes.length - 10))).toBe("xlsx");
  });

  it("a download cut off before xl/workbook.xml is a damaged workbook, not “not Excel”", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = 1;
    const bytes = await workbookToBuffer(wb);
    const cut = bytes.subarray(0, 200);
    expect(new TextDecoder("latin1").decode(cut)).toContain("[Content_Types].xml");
    expect(detectFileKind(cut)).toBe("xlsx");
  });

  it("tells an old .xls from an encrypted .xlsx (both OLE containers)", () => {
    expect(detectFileKind(ole())).toBe("xls");
    expect(detectFileKind(ole(Buffer.from("EncryptedPackage", "utf16le")))).toBe("encrypted");
    // The name in plain ASCII is not a compound-file directory entry.
    expect(detectFileKind(ole(Buffer.from("EncryptedPackage", "latin1")))).toBe("xls");
  });

  it("rejects a zip that holds no workbook", () => {
    const zip = storedZip("readme.txt", "hello");
    expect(detectFileKind(zip)).toBe("not-a-workbook");
    expect(detectFileKind(storedZip("xl/workbook.xml", "<workbook/>"))).toBe("not-a-workbook");
  });

  it("reports empty files and text files", () => {
    expect(detectFileKind(new Uint8Array())).toBe("empty");
    expect(detectFileKind(new TextEncoder().encode("部门名称,湛江市工业和信息化局\n"))).toBe("not-a-workbook");
    expect(detectFileKind(Uint8Array.of(0x50, 0x4b))).toBe("not-a-workbook");
  });
});
