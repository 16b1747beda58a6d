import { defineContentScript } from 'wxt/utils/define-content-script';
import { FIELD_KIND_LABELS } from '@/components/page/kind-labels';
import { createPageSession, type PageSession } from '@/components/page/page-session';
import { MAX_LISTED_FIELDS, listenToPanel, pushFields, type FrameFields } from '@/components/platform/page-messages';
import { onPageSettingsChange, readPageSettings, type PageSettings } from '@/components/platform/site-settings';

/**
 * The content script of hospital information system (HIS) pages. Out of the box on local
 * addresses only (the demo HIS, a hospital's test install), in every frame, about:blank and
 * srcdoc ones included; on other origins when enabled in the options (registered at run time,
 * components/platform/content-scripts.ts) or for one page on the clerk's click.
 *
 * It marks the fields that matter (components/page/page-session.ts), follows the page's later
 * sections, and answers the side panel (components/platform/page-messages.ts). It sends page
 * data only to this extension, changes no value unless the clerk clicks "Fill payer", and
 * never throws into the page.
 *
 * Contract: once running, it sets `document.documentElement.dataset.payerCheck = 'ready'` in
 * each frame it runs in (the end-to-end tests and `npm start` wait for it), and removes it,
 * with every mark, when invalidated (extension reloaded or updated, or injected again).
 */
export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  allFrames: true,
  matchAboutBlank: true,
  // Injected before the page's own scripts, so the settings are read while the page loads and
  // the first fields are marked at DOMContentLoaded, the rest when the page is idle.
  runAt: 'document_start',
  // WXT's "script started" notice stays inside the extension, never posted to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let session: PageSession | undefined;
    let settings: PageSettings | undefined;
    let subscribed = false;
    let pushTimer: ReturnType<typeof setTimeout> | undefined;

    const frameFields = (): FrameFields => {
      const fields = session?.fields() ?? [];
      return {
        fields: fields.slice(0, MAX_LISTED_FIELDS),
        total: fields.length,
        title: (document.title || window.frameElement?.getAttribute('title') || '').slice(0, 200),
        top: window === window.top,
        highlight: settings?.highlight ?? true,
      };
    };

    const push = (): void => {
      if (!subscribed || ctx.isInvalid) return;
      pushFields(frameFields()).then(
        (heard) => {
          if (!heard) subscribed = false; // the panel is closed: stay quiet until it says hello again
        },
        () => undefined,
      );
    };

    const pushSoon = (): void => {
      if (!subscribed || pushTimer !== undefined) return;
      pushTimer = setTimeout(() => {
        pushTimer = undefined;
        push();
      }, 250);
    };

    const apply = (next: PageSettings): void => {
      const previous = settings;
      settings = next;
      if (!session) {
        session = createPageSession({
          document,
          labels: FIELD_KIND_LABELS[next.language],
          highlight: next.highlight,
          profile: next.profile,
          onFieldsChanged: pushSoon,
        });
        return;
      }
      if (previous?.highlight !== next.highlight) session.setHighlight(next.highlight);
      if (previous?.language !== next.language) session.setLabels(FIELD_KIND_LABELS[next.language]);
      if (JSON.stringify(previous?.profile) !== JSON.stringify(next.profile)) session.setProfile(next.profile);
      pushSoon();
    };

    const read = (): Promise<PageSettings> =>
      readPageSettings(location.origin).catch((): PageSettings => ({ highlight: true, language: 'fr', profile: undefined }));
    let domReady = document.readyState !== 'loading';
    const load = (settingsRead = read()): Promise<void> =>
      settingsRead
        .then((next) => {
          if (!ctx.isInvalid && domReady) apply(next);
        })
        .catch(() => undefined);

    const stopListening = listenToPanel({
      'page:hello': () => {
        subscribed = true;
        // Every frame answers by pushing its own fields; the reply only says this one is here.
        setTimeout(push, 0);
        return { top: window === window.top };
      },
      'page:focus': ({ id }) => ({ focused: session?.focus(id) ?? false }),
      'page:read': () => ({ values: session?.readValues() ?? [] }),
      'page:emphasise': ({ kinds }) => {
        session?.emphasise(kinds);
        return { count: (session?.fields() ?? []).filter((f) => kinds.includes(f.kind)).length };
      },
      'page:fill-payer': ({ payer }) => session?.fillPayer(payer) ?? { ok: false, reason: 'no-field' },
      'page:highlight': ({ on }) => {
        session?.setHighlight(on);
        return { on };
      },
    });
    const stopWatching = onPageSettingsChange(() => void load());

    // The settings are read at once, while the page is still loading.
    const first = read();
    const start = (): void => {
      domReady = true;
      try {
        document.documentElement.setAttribute('data-payer-check', 'ready');
      } catch {
        // No root element (an odd document): nothing to mark either.
      }
      void load(first);
    };
    if (domReady) start();
    else ctx.addEventListener(document, 'DOMContentLoaded', start, { once: true });

    ctx.onInvalidated(() => {
      try {
        stopListening();
        stopWatching();
        if (pushTimer !== undefined) clearTimeout(pushTimer);
        session?.dispose();
        document.documentElement?.removeAttribute('data-payer-check');
      } catch {
        // The page is being torn down: nothing left to clean.
      }
    });
  },
});
