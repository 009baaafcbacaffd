import type { ContactCenterEvent } from '../../generated/types.js';
import type { StandardSchemaV1 } from './standard-schema-v1.js';
import { VENDOR, validateAsStandardSchema } from './validate-as-standard-schema.js';

/**
 * Any event of the document, as a Standard Schema v1 object: the output is the ContactCenterEvent union,
 * narrowed by `event`. Default policy (unknown fields accepted); pass `libraryOptions: { strict: true }`
 * to refuse them. An unknown event name is a failure with one issue at `event`.
 */
export const contactCenterEventSchema: StandardSchemaV1<ContactCenterEvent, ContactCenterEvent> = {
  '~standard': {
    version: 1,
    vendor: VENDOR,
    validate: (value, options) => validateAsStandardSchema(value, undefined, false, options),
  },
};
