// Applies spec/errata.json to a document. Each change checks that the document still says what the
// erratum corrects, so a new version of the document that fixed (or moved) the error fails here and
// gets looked at, instead of being patched blindly.
import { getAtPointer, parsePointer } from '../json-pointer.ts';
import type { JsonValue, OpenApiDocument } from '../openapi.ts';

export interface Erratum {
  id: string;
  reason: string;
  changes: { path: string; from: JsonValue; to: JsonValue }[];
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
      if (key === undefined || typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, key)) {
        throw new Error(`erratum ${erratum.id}: ${change.path} does not exist in the document`);
      }
      const current = (parent as Record<string, JsonValue>)[key];
      if (JSON.stringify(current) !== JSON.stringify(change.from)) {
        throw new Error(
          `erratum ${erratum.id}: ${change.path} is ${JSON.stringify(current)}, not ${JSON.stringify(change.from)}; ` +
            'the document changed, so look at this correction again',
        );
      }
      (parent as Record<string, JsonValue>)[key] = structuredClone(change.to);
    }
  }
  return corrected;
}
