// zoom-contact-center-webhooks/node: the Node adapter for the Fetch webhook handler.
export { toNodeListener, type NodeListener, type NodeListenerOptions } from './node/to-node-listener.js';
