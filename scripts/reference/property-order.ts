// The order in which Zoom's reference lists an object's properties: required ones first, then by name
// (plain code-unit order, which is what the rendering uses for these snake_case names).
export function compareRenderedProperties(
  a: { name: string; required: boolean },
  b: { name: string; required: boolean },
): number {
  if (a.required !== b.required) return a.required ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
