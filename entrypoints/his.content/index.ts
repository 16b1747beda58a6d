import { defineContentScript } from 'wxt/utils/define-content-script';

/**
 * PLACEHOLDER content script for hospital information system (HIS) pages. Out of the box
 * it runs on local addresses only (the demo HIS, a hospital's test install), in every
 * frame: admission screens often sit inside frames.
 *
 * Contract kept by the real script: once running, it sets
 * `document.documentElement.dataset.payerCheck = 'ready'` in each frame it runs in (the
 * end-to-end tests and `npm start` wait for it), and removes it when invalidated.
 */
export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    document.documentElement.dataset.payerCheck = 'ready';
    ctx.onInvalidated(() => {
      delete document.documentElement.dataset.payerCheck;
    });
  },
});
