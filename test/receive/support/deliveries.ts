// Request bodies for the scenarios, as Zoom would send them: pretty-printed (so re-serialising would
// change the bytes) and with multi-byte characters (so decoding per chunk would break them).
import { examples } from '../../../generated/examples.ts';

const taskCreated = examples['contact_center.task_created'];

/** A valid contact_center.task_created delivery. */
export const genuineBody = JSON.stringify(
  {
    ...taskCreated,
    payload: {
      ...taskCreated.payload,
      object: { ...taskCreated.payload.object, queue_name: 'File d’attente — é ✓ 🎧' },
    },
  },
  null,
  2,
);

/** The event whose `on` handler throws in the test handlers. */
export const THROWING_EVENT = 'contact_center.queue_created';
export const throwingBody = JSON.stringify(examples[THROWING_EVENT]);

/** task_created with a task_status the document does not list: genuine, but off-spec. */
export const offSpecBody = JSON.stringify({
  ...taskCreated,
  payload: { ...taskCreated.payload, object: { ...taskCreated.payload.object, task_status: 'paused' } },
});

/** An event the document does not define (Zoom adds events without notice). */
export const unknownBody = JSON.stringify({
  event: 'contact_center.brand_new_thing',
  event_ts: 1739698035987,
  payload: { account_id: 'D8cJuqWVQ623CI4Q8yQK0Q', object: { id: 'x' } },
});

export const brokenJsonBody = '{"event": "contact_center.task_created", "payload": {';

/** Valid JSON, but not a Zoom event: no `event`. */
export const badEnvelopeBody = JSON.stringify({ payload: { account_id: 'D8cJuqWVQ623CI4Q8yQK0Q' } });

export const PLAIN_TOKEN = 'qgg8vlvZRS6UYooatFL8Aw';
export const urlValidationBody = JSON.stringify({
  payload: { plainToken: PLAIN_TOKEN },
  event_ts: 1654503849680,
  event: 'endpoint.url_validation',
});
