// The --help text. Kept beside the commands it describes; README.md shows the same commands.

export const USAGE = `Usage: zoom-cc-webhooks <command> [options]

Validate Zoom Contact Center webhook deliveries and look at the events' schemas.

Commands:
  validate [--strict] [--json] [--quiet] FILE...|-
      Validate deliveries. Each FILE holds NDJSON (one delivery per line) or JSON
      deliveries, pretty-printed or not; "-" reads standard input. Input is read as
      a stream, one delivery at a time (at most 32 MiB each), so files of any size
      work. Prints each result with its issues; on a terminal, shows progress on
      standard error during long runs.
      --strict     refuse fields the document does not list (one issue each)
      --json       print one JSON result per line instead of text
      -q, --quiet  print only the invalid deliveries (and the summary)
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
