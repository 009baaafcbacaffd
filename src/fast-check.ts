// zoom-contact-center-webhooks/fast-check: arbitraries of valid events, generated from the events'
// JSON Schemas, for property-based tests of your handlers. fast-check is an optional peer dependency.
export { eventArbitrary, type EventArbitraryOptions } from './fast-check/event-arbitrary.js';
export { anyEventArbitrary } from './fast-check/any-event-arbitrary.js';
export { dateTimeArbitrary } from './fast-check/date-time-arbitrary.js';
export { emailArbitrary } from './fast-check/email-arbitrary.js';
