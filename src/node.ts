// zoom-contact-center-webhooks/node (being written).
export {};
