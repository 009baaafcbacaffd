import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, REFERENCE_TEXT, SPEC_JSON } from '../../scripts/spec-paths.ts';
import type { OpenApiDocument } from '../../scripts/openapi.ts';

export { ROOT };
export const readRepoFile = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
export const referenceText = (): string => readRepoFile(REFERENCE_TEXT);
export const specDocument = (): OpenApiDocument => JSON.parse(readRepoFile(SPEC_JSON)) as OpenApiDocument;
