/**
 * "Fields on this page": the fields the content script recognised in the active tab, frame by
 * frame; a click (or Enter / Space: they are buttons) scrolls the page to the field and
 * focuses it. Mount: `<PageFields lang={lang.value} connection={connection} />`.
 */
import { useEffect, useState } from 'preact/hooks';
import { FIELD_KIND_LABELS } from '@/components/page/kind-labels';
import type { Lang } from '@/rules/index';
import type { PageConnection } from './connection';
import { pageText } from './texts';
import './page-panel.css';

export interface PageFieldsProps {
  readonly lang: Lang;
  readonly connection: PageConnection;
}

export function PageFields({ lang, connection }: PageFieldsProps) {
  const { status, frames } = connection.state.value;
  const [message, setMessage] = useState('');
  const text = (key: Parameters<typeof pageText>[1], vars?: Record<string, string | number>) => pageText(lang, key, vars);

  useEffect(() => {
    if (connection.state.peek().status === 'idle') void connection.refresh();
  }, [connection]);

  const total = frames.reduce((n, f) => n + f.total, 0);
  const highlightOff = frames.some((f) => !f.highlight);
  const go = (frameId: number, id: string) => {
    setMessage('');
    void connection.focus(frameId, id).then((ok) => {
      if (!ok) setMessage(text('fieldsFocusFailed'));
    });
  };

  let summary: string;
  if (status === 'unavailable') summary = text('fieldsNoPage');
  else if (status === 'loading' || status === 'idle') summary = text('fieldsLoading');
  else if (total === 0) summary = text('fieldsNone');
  else summary = text('fieldsCount', { count: total });

  return (
    <section class="pcp-section" aria-labelledby="pcp-fields-heading" data-testid="page-fields">
      <h2 id="pcp-fields-heading" class="pc-subtitle">
        {text('fieldsHeading')}
      </h2>
      <p class="pc-help">{text('fieldsHelp')}</p>
      <p role="status" class="pcp-muted">
        {summary} {message}
      </p>
      {highlightOff && <p class="pc-note">{text('highlightOff')}</p>}
      {frames
        .filter((frame) => frame.fields.length > 0)
        .map((frame) => (
          <div key={frame.frameId}>
            {frames.length > 1 && (
              <h3 class="pcp-frame">{frame.top ? text('fieldsTopFrame') : text('fieldsFrame', { title: frame.title || `#${frame.frameId}` })}</h3>
            )}
            <ul class="pcp-fields">
              {frame.fields.map((field) => {
                const kind = FIELD_KIND_LABELS[lang][field.kind];
                return (
                  <li key={field.id}>
                    <button type="button" class="pcp-field" data-kind={field.kind} title={text('fieldsGoTo', { kind, label: field.label || kind })} onClick={() => go(frame.frameId, field.id)}>
                      <span class="pcp-kind">{kind}</span>
                      {field.label && field.label !== kind && <span class="pcp-label">{field.label}</span>}
                    </button>
                  </li>
                );
              })}
            </ul>
            {frame.total > frame.fields.length && <p class="pcp-muted">{text('fieldsMore', { count: frame.total - frame.fields.length })}</p>}
          </div>
        ))}
      <button type="button" class="pc-button pc-button--secondary pcp-button" onClick={() => void connection.refresh()}>
        {text('fieldsRefresh')}
      </button>
    </section>
  );
}
