// zoom-contact-center-webhooks: typed, validated Zoom Contact Center webhook events.
export { parseEvent } from './parse/parse-event.js';
export { safeParseEvent, type SafeParseResult } from './parse/safe-parse-event.js';
export { isEvent } from './is-event.js';
export {
  WebhookEventError,
  MAX_ISSUES,
  type WebhookEventErrorCode,
  type WebhookEventIssue,
} from './errors/webhook-event-error.js';
export type { ParseOptions } from './validation/validate-event.js';
export { eventNames } from '../generated/event-names.js';
export * from '../generated/guards.js';
export type * from '../generated/types.js';
// Receiving deliveries
export {
  verifyWebhookSignature,
  type VerifyWebhookSignatureOptions,
  type SignatureVerification,
  type SignatureFailureReason,
  type HeaderValue,
} from './receive/verify-webhook-signature.js';
export {
  createUrlValidationResponse,
  type CreateUrlValidationResponseOptions,
  type UrlValidationResponse,
} from './receive/create-url-validation-response.js';
export { isUrlValidationEvent, type UrlValidationEvent } from './receive/url-validation-event.js';
export {
  createWebhookHandler,
  type WebhookHandler,
  type WebhookHandlerOptions,
  type WebhookContext,
  type WaitUntil,
  type EventHandlers,
  type UnvalidatedEvent,
} from './receive/create-webhook-handler.js';
export type { Delivery } from './receive/delivery.js';
export {
  createMemoryDeliveryStore,
  type DeliveryStore,
  type DeliveryClaim,
  type MemoryDeliveryStoreOptions,
} from './receive/delivery-store.js';
export type { SecretSource, Secrets } from './receive/secret-keys.js';
