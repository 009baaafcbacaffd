// zoom-contact-center-webhooks/testing (being written).
export {};
