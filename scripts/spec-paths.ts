// Where the scripts find the document and its companions, relative to the repository root.
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const REFERENCE_TEXT = 'spec/contact-center-webhooks.txt';
export const SPEC_JSON = 'spec/contact-center-webhooks.openapi.json';
export const ERRATA_JSON = 'spec/errata.json';
/** Where spec/'s document came from (see scripts/spec-provenance.ts). */
export const PROVENANCE_JSON = 'spec/PROVENANCE.json';
export const GENERATED_DIR = 'generated';
/** The event catalogue, Markdown written by `npm run generate` beside generated/. */
export const CATALOGUE_DIR = 'docs/events';
/** The one module of src/ that generated code imports (see src/kernel/index.ts). */
export const KERNEL_ENTRY = 'src/kernel/index.ts';
