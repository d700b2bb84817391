/** The one check of a file's size that every reader makes (check, combine, refresh, export, the package reader). */
import { MAX_FILE_BYTES, PlanFileError, refuseIfTooLarge } from "../../../src/hosts/xlsx/plan-file-error";
import { openPackage } from "../../../src/hosts/xlsx/package/open-package";

test("a file of exactly the limit is read; one byte more is refused, naming the file", () => {
  expect(MAX_FILE_BYTES).toBe(100 * 1024 * 1024);
  expect(() => refuseIfTooLarge("plan.xlsx", MAX_FILE_BYTES)).not.toThrow();
  expect(() => refuseIfTooLarge("plan.xlsx", MAX_FILE_BYTES + 1)).toThrow(PlanFileError);
  expect(() => refuseIfTooLarge("plan.xlsx", MAX_FILE_BYTES + 1)).toThrow(/^plan\.xlsx: is 104,857,601 bytes \(100\.0 MB\); mdplan reads workbooks up to 104,857,600 bytes \(100 MB\)/);
});

test("the package reader refuses through the same check", async () => {
  const big = { length: MAX_FILE_BYTES + 1 } as Uint8Array;
  await expect(openPackage("big.xlsx", big)).rejects.toThrow(/^big\.xlsx: is 104,857,601 bytes/);
});
