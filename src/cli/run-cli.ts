import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import type { CliIo } from './cli-io.js';
import { eventsCommand, exampleCommand, schemaCommand } from './lookup-commands.js';
import { escapeControls, printableText, quoteText } from '../kernel/index.js';
import { USAGE } from './usage.js';
import { UsageError } from './usage-error.js';
import { validateCommand } from './validate-command.js';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  strict: { type: 'boolean' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  minimal: { type: 'boolean' },
} as const;

/** Which options each command takes; any other is a usage error rather than silently ignored. */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  validate: ['strict', 'json', 'quiet'],
  events: [],
  schema: [],
  example: ['minimal'],
};

function parse(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs quotes the option it did not know, as typed: make it printable.
    throw new UsageError(escapeControls(error instanceof Error ? error.message : String(error)));
  }
}

async function dispatch(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    await io.out(USAGE);
    return 0;
  }
  if (values.version) {
    await io.out(`${packageJson.version}\n`);
    return 0;
  }
  const [command, ...operands] = positionals;
  if (command === undefined) throw new UsageError('missing command');
  const allowed = COMMAND_OPTIONS[command];
  if (allowed === undefined) throw new UsageError(`unknown command ${quoteText(command, 100)}`);
  for (const [option, value] of Object.entries(values)) {
    if (value !== undefined && !allowed.includes(option)) throw new UsageError(`${command} does not take --${option}`);
  }
  if (command === 'validate') {
    const options = { strict: values.strict === true, json: values.json === true, quiet: values.quiet === true };
    return validateCommand(operands, options, io);
  }
  if (operands.length > (command === 'events' ? 0 : 1)) {
    throw new UsageError(
      `too many arguments for ${command}: ${operands.map((operand) => printableText(operand, 100)).join(' ')}`,
    );
  }
  if (command === 'events') return eventsCommand(io);
  if (command === 'schema') return schemaCommand(operands[0], io);
  return exampleCommand(operands[0], values.minimal === true, io);
}

/** Runs the zoom-cc-webhooks command line; resolves to the exit code (2 for a usage error). */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`zoom-cc-webhooks: ${error.message}\nRun "zoom-cc-webhooks --help" for usage.\n`);
    return 2;
  }
}
