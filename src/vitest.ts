// zoom-contact-center-webhooks/vitest (being written).
export {};
