// openapi-typescript puts a field's description in an `@description` tag, after its `Format:` line, so
// every hover starts with noise. Here the description becomes the doc comment's main text, first; the
// format and other plain lines follow as a paragraph of their own, then the tags (@enum, @constant, ...).
import ts from 'typescript';

/** Rewrites, in place, the doc comments openapi-typescript attached to `node` and every node below it. */
export function putDescriptionsFirst(node: ts.Node): void {
  const comments = ts.getSyntheticLeadingComments(node);
  if (comments)
    ts.setSyntheticLeadingComments(
      node,
      comments.map((comment) => ({ ...comment, text: descriptionFirst(comment.text) })),
    );
  ts.forEachChild(node, putDescriptionsFirst);
}

/**
 * One comment's text (between the delimiters, as openapi-typescript writes it: `* one line ` or
 * `*\n * line\n * line\n `, continuation lines indented by four spaces) with its description first.
 */
export function descriptionFirst(text: string): string {
  const items = commentItems(text);
  const index = items?.findIndex((item) => item.startsWith('@description ')) ?? -1;
  if (!items || index < 0) return text;
  const description = items[index]!.slice('@description '.length).replace(/\n {4}/g, '\n');
  const rest = items.filter((_, at) => at !== index);
  const plain = rest.filter((item) => !item.startsWith('@'));
  const tags = rest.filter((item) => item.startsWith('@'));
  const lines = [description, ...(plain.length > 0 ? ['', ...plain] : []), ...tags];
  if (lines.length === 1 && !description.includes('\n')) return `* ${description} `;
  const body = lines.flatMap((item) => item.split('\n')).map((line) => (line === '' ? ' *' : ` * ${line}`));
  return `*\n${body.join('\n')}\n `;
}

/** The comment's items (a line, with its continuation lines), or undefined for a form not ours. */
function commentItems(text: string): string[] | undefined {
  const single = /^\* ([^\n]*) $/.exec(text);
  if (single) return [single[1]!];
  const multi = /^\*\n \* ([\s\S]*)\n $/.exec(text);
  if (!multi) return undefined;
  const items: string[] = [];
  for (const line of multi[1]!.split('\n * ')) {
    if (line.startsWith('    ') && items.length > 0) items[items.length - 1] += `\n${line}`;
    else items.push(line);
  }
  return items;
}
