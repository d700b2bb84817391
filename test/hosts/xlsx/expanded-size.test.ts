/**
 * A small file whose parts claim to unpack to more than mdplan reads (a damaged package, or a zip
 * bomb) is refused from the zip's directory, before anything is unpacked.
 */
import { openWorkbook, PlanFileError, MAX_EXPANDED_BYTES } from "../../../src/hosts/xlsx/read-workbook";
import { sampleBytes } from "../../corpus/edit-file";

/** The sample with one part's recorded unpacked size set to `size`, in its local and central headers. */
async function claiming(part: string, size: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(await sampleBytes());
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = new TextEncoder().encode(part);
  const nameAt = (at: number) => name.every((b, i) => bytes[at + i] === b);
  let patched = 0;
  for (let i = 0; i + 46 < bytes.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === name.length && nameAt(i + 30)) {
      view.setUint32(i + 22, size, true);
      patched++;
    }
    if (sig === 0x02014b50 && view.getUint16(i + 28, true) === name.length && nameAt(i + 46)) {
      view.setUint32(i + 24, size, true);
      patched++;
    }
  }
  if (patched !== 2) throw new Error(`expected a local and a central header for ${part}, patched ${patched}`);
  return bytes;
}

test("a sheet claiming to unpack to 4 GB is refused with the sizes and a way out", async () => {
  const bytes = await claiming("xl/worksheets/sheet1.xml", 0xffff0000);
  const error = await openWorkbook("bomb.xlsx", bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanFileError);
  expect((error as Error).message).toMatch(/^bomb\.xlsx: unpacks to [\d,]+ bytes, more than the 1,073,741,824 bytes \(1 GB\) mdplan reads\. Open it in Excel/);
});

test("the sample, far below the limit, opens", async () => {
  expect(MAX_EXPANDED_BYTES).toBe(1024 ** 3);
  await expect(openWorkbook("sample.xlsx", await sampleBytes())).resolves.toHaveProperty("workbook");
});
