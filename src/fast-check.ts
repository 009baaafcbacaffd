// zoom-contact-center-webhooks/fast-check (being written).
export {};
