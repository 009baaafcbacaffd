// Every JSON file the scripts commit is written the same way, so a rerun reproduces it byte for byte.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const formatJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, formatJson(value));
}
