// A file (or standard input) holds one JSON delivery, possibly pretty-printed, or NDJSON: one delivery per
// line. It is NDJSON when the whole text is not one JSON value but its first line is; so a pretty-printed
// delivery with a syntax error is reported once, as itself, not as a dozen broken lines.

export interface Delivery {
  /** The file name, or "-" for standard input. */
  readonly source: string;
  /** The 1-based line of an NDJSON delivery; absent for a whole-file delivery. */
  readonly line?: number;
  /** What parseEvent is given: the file's bytes as they are, or one NDJSON line. */
  readonly body: string | Uint8Array;
}

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined; // parseEvent, given the bytes, says they are not UTF-8
  }
}

export function splitDeliveries(bytes: Uint8Array, source: string): Delivery[] {
  const whole: Delivery[] = [{ source, body: bytes }];
  const text = decodeUtf8(bytes);
  if (text === undefined || isJson(text)) return whole;
  const lines = text.split(/\r?\n/);
  const first = lines.find((line) => line.trim() !== '');
  if (first === undefined || !isJson(first)) return whole;
  const deliveries: Delivery[] = [];
  lines.forEach((line, index) => {
    if (line.trim() !== '') deliveries.push({ source, line: index + 1, body: line });
  });
  return deliveries;
}
