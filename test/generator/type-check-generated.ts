// Type-checks what the generator wrote to a folder under --strict, as a consumer's project would.
import { join } from 'node:path';
import ts from 'typescript';

const ENTRY_FILES = ['types.ts', 'guards.ts', 'validator-table.ts', 'event-schemas.ts', 'examples.ts'];

/** The diagnostics of the generated entry files in `out` (none when they compile). */
export function typeCheckGenerated(out: string): string[] {
  const program = ts.createProgram(
    ENTRY_FILES.map((file) => join(out, file)),
    {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      types: [],
    },
  );
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}
