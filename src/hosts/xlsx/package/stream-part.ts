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
    const sink = textSink(decoder, onText, () => inflater.destroy(), resolve, reject);
    inflater.on("data", sink.data);
    inflater.on("error", (e) => sink.fail(new Error(`the zip entry ${name} cannot be inflated (${e.message})`)));
    inflater.on("end", sink.end);
    inflater.end(raw);
  });
}

/** JSZip's own streaming reader, for entries stored in a way the fast path does not take. */
function streamWithJsZip(pkg: ZipPackage, name: string, decoder: StringDecoder, onText: (text: string) => boolean | void): Promise<void> {
  return new Promise((resolve, reject) => {
    // internalStream is JSZip's streaming reader; its typings leave it out.
    const helper = (pkg.zip.files[name] as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream("uint8array");
    const sink = textSink(decoder, onText, () => helper.pause(), resolve, reject);
    helper.on("data", sink.data).on("error", sink.fail).on("end", sink.end).resume();
  });
}

/**
 * Hands decoded pieces to `onText` and settles the stream's promise once: at its end, when
 * `onText` returns false or throws (the source is then stopped), or on the source's error.
 */
function textSink(decoder: StringDecoder, onText: (text: string) => boolean | void, stop: () => void, resolve: () => void, reject: (e: unknown) => void) {
  let settled = false;
  const settle = (error?: unknown) => {
    settled = true;
    if (error === undefined) resolve();
    else reject(error);
  };
  return {
    data(chunk: Uint8Array) {
      if (settled) return;
      try {
        if (onText(decoder.write(chunk as Buffer)) === false) {
          stop();
          settle();
        }
      } catch (e) {
        stop();
        settle(e);
      }
    },
    fail(e: Error) {
      if (!settled) settle(e);
    },
    end() {
      if (settled) return;
      try {
        const rest = decoder.end();
        if (rest) onText(rest);
        settle();
      } catch (e) {
        settle(e);
      }
    },
  };
}

/** UTF-8 text that was read one byte per character (see `streamPart`), decoded. */
export const utf8FromLatin1 = (s: string): string => (/[\x80-\xff]/.test(s) ? Buffer.from(s, "latin1").toString("utf8") : s);
