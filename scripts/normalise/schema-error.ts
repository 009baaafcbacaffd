/** A document the generator cannot read as it stands; the message starts with where (a JSON Pointer). */
export class SchemaError extends Error {
  override name = 'SchemaError';
}
