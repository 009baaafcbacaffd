// The TypeScript examples of README.md: every fenced block whose info string is exactly `ts` (a block
// marked `ts no-check` is prose-like code that is not meant to compile on its own).

export interface ReadmeBlock {
  /** 1-based line of the opening fence. */
  line: number;
  code: string;
}

export function readmeTypeScriptBlocks(markdown: string): ReadmeBlock[] {
  const blocks: ReadmeBlock[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(.*)$/.exec(lines[index]!);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && !lines[index]!.trimStart().startsWith(fence!); index++) {
      body.push(lines[index]!.slice(Math.min(indent!.length, lines[index]!.length - lines[index]!.trimStart().length)));
    }
    if (index === lines.length) throw new Error(`README.md:${start + 1}: code block is never closed`);
    if (info!.trim() === 'ts') blocks.push({ line: start + 1, code: body.join('\n') });
  }
  return blocks;
}
