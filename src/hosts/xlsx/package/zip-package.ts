/**
 * The zip under an .xlsx package. Parts are looked up as OPC says, ignoring case, and are
 * inflated only when asked for: a part nobody reads is never unpacked. Large parts are streamed
 * by stream-part.ts (Node only; this module also runs in the browser preview).
 */
import JSZip from "jszip";


export class ZipPackage {
  private readonly byLowerName = new Map<string, string>();

  private constructor(readonly zip: JSZip) {
    for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) this.byLowerName.set(name.toLowerCase(), name);
  }

  /** A package over a zip already open (its list of parts as it is now). */
  static of(zip: JSZip): ZipPackage {
    return new ZipPackage(zip);
  }

  static async open(bytes: Uint8Array): Promise<ZipPackage> {
    return new ZipPackage(await JSZip.loadAsync(bytes));
  }

  /** Part names as stored in the zip, folders left out. */
  names(): string[] {
    return [...this.byLowerName.values()];
  }

  /** The stored name of a part (OPC part names compare without case), undefined when absent. */
  find(part: string): string | undefined {
    return this.byLowerName.get(part.replace(/^\//, "").toLowerCase());
  }

  has(part: string): boolean {
    return this.find(part) !== undefined;
  }

  /** The size a part unpacks to, as the zip's directory gives it (before unpacking anything). */
  unpackedSize(part: string): number {
    const name = this.find(part);
    const size = name ? ((this.zip.files[name] as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0) : 0;
    // JSZip reads the 32-bit field as signed: 2 GB and more come back negative.
    return size < 0 ? size + 2 ** 32 : size;
  }

  async text(part: string): Promise<string | undefined> {
    const name = this.find(part);
    return name ? this.zip.files[name].async("string") : undefined;
  }

  async bytes(part: string): Promise<Uint8Array | undefined> {
    const name = this.find(part);
    return name ? this.zip.files[name].async("uint8array") : undefined;
  }
}
