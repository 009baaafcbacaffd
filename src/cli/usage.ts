// The --help text. Kept beside the commands it describes; README.md shows the same commands.

export const USAGE = `Usage: zoom-cc-webhooks <command> [options]

Validate Zoom Contact Center webhook deliveries and look at the events' schemas.

Commands:
  validate [--strict] [--json] FILE...|-
      Validate deliveries. Each FILE holds one JSON delivery, or NDJSON (one delivery
      per line); "-" reads standard input. Prints each result with its issues.
      --strict  refuse fields the document does not list (one issue each)
      --json    print one JSON result per line instead of text
  events
      Print the name of every event, one per line.
  schema EVENT
      Print the JSON Schema (draft 2020-12) of EVENT.
  example EVENT [--minimal]
      Print a valid example delivery of EVENT; --minimal keeps only required fields.

EVENT is a full name (contact_center.task_created) or one without its
"contact_center." prefix (task_created).

Options:
  -h, --help     show this help
  -v, --version  show the version

Exit status: 0 when everything is valid, 1 when any delivery is invalid,
2 on a usage error (unknown command or event, missing or unreadable FILE).
`;
