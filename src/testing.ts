// zoom-contact-center-webhooks/testing: fixtures that are valid by construction, and signed deliveries
// to test your own endpoint end to end.
export { examples, minimalExamples, type EventExamples } from './testing/examples.js';
export { createEvent, type DeepPartial, type CreateEventOptions } from './testing/create-event.js';
export { signDelivery, type SignDeliveryOptions, type SignedDelivery } from './testing/sign-delivery.js';
export {
  createUrlValidationDelivery,
  type UrlValidationDelivery,
  type UrlValidationDeliveryOptions,
} from './testing/create-url-validation-delivery.js';
