// A source (a file, or standard input) holds NDJSON (one delivery per line) or JSON documents, possibly
// pretty-printed over many lines. It is read as a stream of lines, in constant memory: each delivery is
// judged alone, as soon as it is complete, and its bytes are dropped.
// - The first non-blank line decides. When it is a whole value (its brackets close on the line), the source
//   is NDJSON and every line is a delivery of its own, so one broken line is one invalid delivery.
// - When it opens a bracket it does not close, the source holds documents: lines are gathered until the
//   brackets close (strings and escapes understood), so a pretty-printed delivery with a syntax error is
//   reported once, as itself, not as a dozen broken lines.
// - A delivery larger than MAX_DELIVERY_BYTES is not gathered: it is skipped to its end and reported as too
//   large, so no input can make the command hold more than that at once.
// - A source holding exactly one delivery reports it without a line number, as a whole file.

/** The most bytes one delivery may have; a larger one is reported, never held in memory. */
export const MAX_DELIVERY_BYTES = 32 * 1024 * 1024;

export interface Delivery {
  /** The file name, or "-" for standard input. */
  readonly source: string;
  /** The 1-based line where the delivery starts; absent when it is the whole source. */
  readonly line?: number;
  /** What parseEvent is given: the delivery's bytes, as they are (UTF-8 is decoded, and checked, there). */
  readonly body: Uint8Array;
  /** Set, with no body, when the delivery had more than MAX_DELIVERY_BYTES: its size in bytes. */
  readonly tooLarge?: number;
}

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LINE_END = new Uint8Array([NEWLINE]);
const isBlankByte = (byte: number): boolean => byte === 0x20 || byte === 0x09 || byte === 0x0d;

/** How far `bytes` changes the bracket depth (JSON strings cannot span lines, so each line starts outside one). */
function depthChange(bytes: Uint8Array): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === 0x5b || byte === 0x7b)
      depth++; // [ {
    else if (byte === 0x5d || byte === 0x7d) depth--; // ] }
  }
  return depth;
}

const isBlank = (bytes: Uint8Array): boolean => bytes.every(isBlankByte);

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const joined = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

/** Bytes in pieces, up to a limit past which they are only counted. */
class Gathered {
  parts: Uint8Array[] = [];
  size = 0;
  add(bytes: Uint8Array, copy: boolean): void {
    this.size += bytes.length;
    if (this.size > MAX_DELIVERY_BYTES) this.parts = [];
    else this.parts.push(copy ? bytes.slice() : bytes);
  }
  get tooLarge(): boolean {
    return this.size > MAX_DELIVERY_BYTES;
  }
  /** The bytes so far as one piece (kept as such), or undefined when they were too many to keep. */
  joined(): Uint8Array | undefined {
    if (this.tooLarge) return undefined;
    if (this.parts.length !== 1) this.parts = [concat(this.parts, this.size)];
    return this.parts[0];
  }
  take(): Uint8Array {
    const bytes = concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    return bytes;
  }
}

/**
 * Splits one source into deliveries, fed chunk by chunk. `push` and `end` return the deliveries completed so
 * far; a delivery's body may be a view of the chunk just pushed, so judge it before pushing the next one.
 */
export class DeliverySplitter {
  private mode: 'lines' | 'documents' | undefined;
  private lineNumber = 0;
  /** The current line's bytes from earlier chunks. */
  private readonly line = new Gathered();
  /** The lines of a document still open, and its depth. */
  private document: { start: number; depth: number; bytes: Gathered } | undefined;
  /** The first delivery, held until a second shows whether it is the whole source. */
  private first: Delivery | undefined;
  private count = 0;

  constructor(private readonly source: string) {}

  push(chunk: Uint8Array): Delivery[] {
    const out: Delivery[] = [];
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      this.endLine(chunk.subarray(start, end), out);
      start = end + 1;
    }
    if (start < chunk.length) this.line.add(chunk.subarray(start), true);
    return out;
  }

  end(): Delivery[] {
    const out: Delivery[] = [];
    if (this.line.size > 0) this.endLine(new Uint8Array(0), out);
    if (this.document) this.emit(this.document.start, this.document.bytes, out);
    this.document = undefined;
    if (this.first)
      out.push({
        source: this.source,
        body: this.first.body,
        ...(this.first.tooLarge === undefined ? {} : { tooLarge: this.first.tooLarge }),
      });
    else if (this.count === 0) out.push({ source: this.source, body: new Uint8Array(0) }); // "the body is empty"
    this.first = undefined;
    return out;
  }

  /** Ends the current line with `rest` (the part in the chunk at hand). */
  private endLine(rest: Uint8Array, out: Delivery[]): void {
    this.lineNumber++;
    let bytes: Gathered;
    if (this.line.size === 0) {
      bytes = new Gathered();
      bytes.add(rest, false);
    } else {
      this.line.add(rest, false);
      bytes = this.line;
    }
    const whole = bytes.joined();
    const blank = whole !== undefined && isBlank(whole);
    if (this.document) {
      if (whole === undefined)
        this.document.bytes.size += bytes.size; // too large to scan: counted only
      else this.document.bytes.add(whole, true);
      this.document.bytes.add(LINE_END, false); // the lines of a document keep their ends
      this.document.depth += whole === undefined ? 0 : depthChange(whole);
      if (this.document.depth <= 0) {
        this.emit(this.document.start, this.document.bytes, out);
        this.document = undefined;
      }
    } else if (!blank) {
      // Once the source is NDJSON, lines are not scanned: each is judged as it is.
      const depth = whole === undefined || this.mode === 'lines' ? 0 : depthChange(whole);
      this.mode ??= depth > 0 ? 'documents' : 'lines';
      if (this.mode === 'documents' && depth > 0) {
        this.document = { start: this.lineNumber, depth, bytes: new Gathered() };
        this.document.bytes.add(whole!, true);
        this.document.bytes.add(LINE_END, false);
      } else {
        this.emit(this.lineNumber, bytes, out);
      }
    }
    if (bytes === this.line) this.line.take();
  }

  private emit(line: number, bytes: Gathered, out: Delivery[]): void {
    const delivery: Delivery = bytes.tooLarge
      ? { source: this.source, line, body: new Uint8Array(0), tooLarge: bytes.size }
      : { source: this.source, line, body: bytes.take() };
    this.count++;
    if (this.count === 1) {
      this.first = { ...delivery, body: delivery.body.slice() };
      return;
    }
    if (this.first) {
      out.push(this.first);
      this.first = undefined;
    }
    out.push(delivery);
  }
}
