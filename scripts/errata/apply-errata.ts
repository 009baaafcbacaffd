// Applies spec/errata.json to a document. Each change checks that the document still says what the
// erratum corrects, so a new version of the document that fixed (or moved) the error fails here and
// gets looked at, instead of being patched blindly.
import { getAtPointer, parsePointer } from '../json-pointer.ts';
import type { ErratumChange } from '../normalise/repairs.ts';
import type { JsonValue, OpenApiDocument } from '../openapi.ts';

export interface Erratum {
  id: string;
  reason: string;
  /** Each replaces `from` by `to`; without `from` it adds a value, without `to` it removes one. */
  changes: ErratumChange[];
}

export interface ErrataFile {
  corrections: Erratum[];
}

export function applyErrata(document: OpenApiDocument, errata: ErrataFile): OpenApiDocument {
  const corrected = structuredClone(document);
  for (const erratum of errata.corrections) {
    if (!erratum.id || !erratum.reason || !Array.isArray(erratum.changes) || erratum.changes.length === 0) {
      throw new Error(`erratum ${JSON.stringify(erratum.id)} needs an id, a reason and at least one change`);
    }
    for (const change of erratum.changes) {
      const tokens = parsePointer(change.path);
      const key = tokens.pop();
      const parent = getAtPointer(corrected, tokens);
      if (key === undefined || typeof parent !== 'object' || parent === null) {
        throw new Error(`erratum ${erratum.id}: ${change.path} does not exist in the document (nor does its parent)`);
      }
      const exists = Object.hasOwn(parent, key);
      if (!Object.hasOwn(change, 'from') && !Object.hasOwn(change, 'to'))
        throw new Error(`erratum ${erratum.id}: ${change.path} needs "from", "to" or both`);
      if (Object.hasOwn(change, 'from') !== exists) {
        throw new Error(
          `erratum ${erratum.id}: ${change.path} ` +
            `${exists ? 'exists, but the erratum adds it' : 'does not exist in the document'}; ` +
            'the document changed, so look at this correction again',
        );
      }
      const current = (parent as Record<string, JsonValue>)[key];
      if (exists && JSON.stringify(current) !== JSON.stringify(change.from)) {
        throw new Error(
          `erratum ${erratum.id}: ${change.path} is ${JSON.stringify(current)}, not ${JSON.stringify(change.from)}; ` +
            'the document changed, so look at this correction again',
        );
      }
      if (!Object.hasOwn(change, 'to')) {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete (parent as Record<string, JsonValue>)[key];
      } else (parent as Record<string, JsonValue>)[key] = structuredClone(change.to!);
    }
  }
  return corrected;
}
