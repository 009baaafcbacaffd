// Type names for events: drop the product prefix all events share ("contact_center."), PascalCase the
// rest, add "Event": contact_center.task_created -> TaskCreatedEvent. If dropping the prefix would make
// two names collide (a document that mixes products), the prefix is kept for every event.

/** The name of an event's type guard: isTaskCreatedEvent for TaskCreatedEvent. */
export const guardName = (typeName: string): string => `is${typeName}`;

const pascalCase = (words: string): string =>
  words
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');

export function eventTypeNames(eventNames: readonly string[]): Map<string, string> {
  const prefixes = new Set(eventNames.map((name) => (name.includes('.') ? name.slice(0, name.indexOf('.')) : '')));
  const dropPrefix = prefixes.size === 1 && !prefixes.has('');
  const names = new Map<string, string>();
  for (const name of eventNames) {
    names.set(name, `${pascalCase(dropPrefix ? name.slice(name.indexOf('.') + 1) : name)}Event`);
  }
  const taken = new Map<string, string>();
  for (const [event, typeName] of names) {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(typeName))
      throw new Error(`event ${event} gives the invalid type name ${typeName}`);
    const other = taken.get(typeName);
    if (other !== undefined) {
      if (dropPrefix) return eventTypeNamesKeepingPrefix(eventNames);
      throw new Error(`events ${other} and ${event} both give the type name ${typeName}`);
    }
    taken.set(typeName, event);
  }
  return names;
}

function eventTypeNamesKeepingPrefix(eventNames: readonly string[]): Map<string, string> {
  const names = new Map(eventNames.map((name) => [name, `${pascalCase(name)}Event`]));
  if (new Set(names.values()).size !== names.size) throw new Error('event names collide even with their prefixes');
  return names;
}
