// Run after tsup (`npm run build`): tsup writes every shared declaration chunk twice, as .d.ts for the ESM
// entries and as .d.cts for the CommonJS ones. The chunks hold types only, which an ES module may import
// from a CommonJS one (never the reverse), so the ESM declarations are pointed at the .d.cts twin and the
// .d.ts copy is deleted: 378 KB less for the event types alone. Entry declarations stay in both forms.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../spec-paths.ts';

const DIST = join(ROOT, 'dist');

/** The declaration's text with its own chunk imports written in the CommonJS form. */
const asCommonJs = (text: string): string => text.replace(/(from '\.\/[\w-]+)\.js'/g, "$1.cjs'");

export function shareDeclarations(dist = DIST): string[] {
  const files = readdirSync(dist);
  const shared = files.filter((file) => {
    if (!file.endsWith('.d.ts')) return false;
    const base = file.slice(0, -'.d.ts'.length);
    if (files.includes(`${base}.js`)) return false; // an entry: each format keeps its own
    const twin = join(dist, `${base}.d.cts`);
    if (!existsSync(twin)) return false;
    if (asCommonJs(readFileSync(join(dist, file), 'utf8')) !== readFileSync(twin, 'utf8')) {
      throw new Error(`dist/${file} and its .d.cts twin differ beyond their imports: cannot share them`);
    }
    return true;
  });
  const bases = shared.map((file) => file.slice(0, -'.d.ts'.length));
  for (const file of readdirSync(dist).filter((name) => name.endsWith('.d.ts'))) {
    const path = join(dist, file);
    const text = readFileSync(path, 'utf8');
    const pointed = bases.reduce((out, base) => out.split(`from './${base}.js'`).join(`from './${base}.cjs'`), text);
    if (pointed !== text) writeFileSync(path, pointed);
  }
  for (const file of shared) rmSync(join(dist, file));
  return shared;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const shared = shareDeclarations();
  console.log(`share-declarations: ${shared.length} declaration chunk(s) kept once, as .d.cts: ${shared.join(', ')}`);
}
