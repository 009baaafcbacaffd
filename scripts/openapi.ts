// The subset of OpenAPI 3.1 / JSON Schema that Zoom's webhook documents use, as the scripts read it.
// Loose on purpose: the generator must accept any Zoom document of this generation, so unknown keys
// are carried, not rejected.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface SchemaObject {
  type?: string | string[];
  format?: string;
  enum?: JsonValue[];
  const?: JsonValue;
  description?: string;
  items?: SchemaObject;
  required?: string[];
  properties?: Record<string, SchemaObject>;
  additionalProperties?: boolean | SchemaObject;
  $ref?: string;
  [keyword: string]: unknown;
}

export interface MediaTypeObject {
  schema: SchemaObject;
  examples?: Record<string, { summary?: string; value: string }>;
}

export interface OperationObject {
  tags?: string[];
  operationId?: string;
  requestBody?: { description?: string; content: Record<string, MediaTypeObject> };
  responses?: Record<string, { description?: string; content?: Record<string, MediaTypeObject> }>;
  [key: string]: unknown;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; description?: string; version: string };
  paths: Record<string, { post: OperationObject }>;
  /** OpenAPI 3.1's webhooks, where Zoom's own download keeps the events (the generator reads both). */
  webhooks?: Record<string, { post: OperationObject }>;
  [key: string]: unknown;
}

export const JSON_MEDIA_TYPE = 'application/json';
export const EXAMPLE_KEY = 'json-example';
export const EXAMPLE_SUMMARY = 'JSON example';
