// Runs a validator module the generator wrote (fast.js or full.js of any document) in this process,
// without files: its imports become parameters (the package's own format checks, runtime helpers and
// reportValidator), its exports a returned object.
import * as formats from '../../src/formats/format-checks.ts';
import * as runtime from '../../src/validation/ajv-runtime.ts';
import { duplicateItems } from '../../src/validation/duplicate-items.ts';
import { reportValidator } from '../../src/validation/report-validator.ts';
import { schemaTable } from '../../src/validation/schema-table.ts';
import type { CompiledValidator } from '../../src/validation/compiled-validator.ts';

const provided: Record<string, unknown> = { ...formats, ...runtime, duplicateItems, reportValidator, schemaTable };

export function loadValidatorModule(code: string): Record<string, CompiledValidator> {
  const exported: string[] = [];
  const body = code
    .replace(/^import .*$/gm, '')
    .replace(/^export \{ (.*) \};$/m, (_line, list: string) => `return { ${list.split(', ').map((pair) => pair.split(' as ').reverse().join(': ')).join(', ')} };`)
    .replace(/^export const (\w+)/gm, (_match, name: string) => {
      exported.push(name);
      return `const ${name}`;
    });
  const names = Object.keys(provided);
  const module = new Function(...names, exported.length > 0 ? `${body}\nreturn { ${exported.join(', ')} };` : body);
  return module(...names.map((name) => provided[name])) as Record<string, CompiledValidator>;
}
