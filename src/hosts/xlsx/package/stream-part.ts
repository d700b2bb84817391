/**
 * Streams a large part (a sheet, the shared strings) out of a package piece by piece, for the
 * plan check. Node only: the browser preview never reads packages this way.
 */
import { StringDecoder } from "string_decoder";
import { createInflateRaw } from "zlib";
import type { ZipPackage } from "./zip-package";

/** How JSZip keeps an entry it has read: the bytes as stored, and the method's two-byte magic. */
interface StoredData {
  compressedContent?: unknown;
  compression?: { magic?: string };
}
/** Pieces of text stay below V8's large-object size (128 KB): larger strings cost forty times more to make. */
const CHUNK_BYTES = 64 * 1024;
const DEFLATE = "\x08\x00";
const STORE = "\x00\x00";

interface StreamHelper {
  on(event: "data", cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "error", cb: (e: Error) => void): StreamHelper;
  on(event: "end", cb: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

/**
 * Hands the part's text to `onText` piece by piece, as it is inflated; `onText` returns false
 * to stop early (the rest is then never inflated). Node's zlib inflates the part's deflated
 * bytes, several times faster than JSZip's own inflater on the large sheets of a plan.
 * "latin1" hands over one character per byte, far faster to make than UTF-8 text: the markup
 * is ASCII, and bytes of a multi-byte UTF-8 character are never ASCII, so tags are found as
 * well; the reader decodes the few texts it keeps with `utf8FromLatin1`.
 */
export function streamPart(pkg: ZipPackage, part: string, onText: (text: string) => boolean | void, encoding: "utf8" | "latin1" = "utf8"): Promise<void> {
  const name = pkg.find(part);
  if (!name) return Promise.reject(new Error(`no part ${part}`));
  // Node's StringDecoder keeps a character split between two pieces whole, at native speed.
  const decoder = new StringDecoder(encoding);
  const stored = (pkg.zip.files[name] as unknown as { _data?: StoredData })._data;
  const raw = stored?.compressedContent;
  const method = stored?.compression?.magic;
  if (!(raw instanceof Uint8Array) || (method !== DEFLATE && method !== STORE)) return streamWithJsZip(pkg, name, decoder, onText);
  if (method === STORE) {
    onText(decoder.end(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)));
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: CHUNK_BYTES });
    let stopped = false;
    inflater.on("data", (chunk: Buffer) => {
      if (stopped) return;
      try {
        if (onText(decoder.write(chunk as Buffer)) === false) {
          stopped = true;
          inflater.destroy();
          resolve();
        }
      } catch (e) {
        stopped = true;
        inflater.destroy();
        reject(e);
      }
    });
    inflater.on("error", (e) => {
      if (!stopped) reject(new Error(`the zip entry ${name} cannot be inflated (${e.message})`));
    });
    inflater.on("end", () => {
      if (stopped) return;
      try {
        const rest = decoder.end();
        if (rest) onText(rest);
        resolve();
      } catch (e) {
        reject(e);
      }
    });
    inflater.end(raw);
  });
}

/** JSZip's own streaming reader, for entries stored in a way the fast path does not take. */
function streamWithJsZip(pkg: ZipPackage, name: string, decoder: StringDecoder, onText: (text: string) => boolean | void): Promise<void> {
  return new Promise((resolve, reject) => {
    // internalStream is JSZip's streaming reader; its typings leave it out.
    const helper = (pkg.zip.files[name] as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream("uint8array");
    let stopped = false;
    helper
      .on("data", (chunk: Uint8Array) => {
        if (stopped) return;
        try {
          if (onText(decoder.write(chunk as Buffer)) === false) {
            stopped = true;
            helper.pause();
            resolve();
          }
        } catch (e) {
          stopped = true;
          helper.pause();
          reject(e);
        }
      })
      .on("error", (e: Error) => {
        if (!stopped) reject(e);
      })
      .on("end", () => {
        if (stopped) return;
        try {
          const rest = decoder.end();
          if (rest) onText(rest);
          resolve();
        } catch (e) {
          reject(e);
        }
      })
      .resume();
  });
}

/** UTF-8 text that was read one byte per character (see `stream`), decoded. */
export const utf8FromLatin1 = (s: string): string => (/[\x80-\xff]/.test(s) ? Buffer.from(s, "latin1").toString("utf8") : s);
