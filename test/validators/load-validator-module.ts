// Runs a validator module the generator wrote (fast.js or full.js of any document) in this process,
// without files: its imports become parameters (the package's own format checks, runtime helpers and
// reportValidator), its exports a returned object.
import * as formats from '../../src/kernel/format-checks.ts';
import * as runtime from '../../src/kernel/ajv-runtime.ts';
import { duplicateItems } from '../../src/kernel/duplicate-items.ts';
import { reportValidator } from '../../src/kernel/report-validator.ts';
import { schemaTable } from '../../src/kernel/schema-table.ts';
import type { CompiledValidator } from '../../src/kernel/compiled-validator.ts';

const provided: Record<string, unknown> = { ...formats, ...runtime, duplicateItems, reportValidator, schemaTable };

export function loadValidatorModule(code: string): Record<string, CompiledValidator> {
  const exported: string[] = [];
  // `import { check as local }` (ajv's output names its imports formatsN/funcN): bind the local name.
  const aliases: string[] = [];
  for (const [, list] of code.matchAll(/^import \{ (.*) \} from .*$/gm)) {
    for (const pair of list!.split(', ')) {
      const [name, local] = pair.split(' as ');
      if (local) aliases.push(`const ${local} = ${name};`);
    }
  }
  const body = `${aliases.join('\n')}\n${code}`
    .replace(/^import .*$/gm, '')
    .replace(/;export const /g, ';\nexport const ')
    .replace(/^export \{ (.*) \};$/m, (_line, list: string) => `return { ${list.split(', ').map((pair) => pair.split(' as ').reverse().join(': ')).join(', ')} };`)
    // At the start of a line, or after a `;` (ajv's standalone code puts several statements on a line).
    .replace(/(^|;)export const (\w+)/gm, (_match, before: string, name: string) => {
      exported.push(name);
      return `${before}const ${name}`;
    });
  const names = Object.keys(provided);
  const module = new Function(...names, exported.length > 0 ? `${body}\nreturn { ${exported.join(', ')} };` : body);
  return module(...names.map((name) => provided[name])) as Record<string, CompiledValidator>;
}
