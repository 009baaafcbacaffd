// Runs a validator module the generator wrote (check.js or report.js of any document) in this process,
// without files: its imports from the kernel become parameters, its exports a returned object.
import type { CompiledValidator } from '../../src/kernel/index.ts';
import * as kernel from '../../src/kernel/index.ts';

const provided: Record<string, unknown> = { ...kernel };

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
    .replace(
      /^export \{ (.*) \};$/m,
      (_line, list: string) =>
        `return { ${list
          .split(', ')
          .map((pair) => pair.split(' as ').reverse().join(': '))
          .join(', ')} };`,
    )
    // At the start of a line, or after a `;` (ajv's standalone code puts several statements on a line).
    .replace(/(^|;)export const (\w+)/gm, (_match, before: string, name: string) => {
      exported.push(name);
      return `${before}const ${name}`;
    });
  const names = Object.keys(provided);
  const module = new Function(...names, exported.length > 0 ? `${body}\nreturn { ${exported.join(', ')} };` : body);
  return module(...names.map((name) => provided[name])) as Record<string, CompiledValidator>;
}
