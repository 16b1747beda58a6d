/** "Sources (n)": expands to each cited passage — source, section, quote. */
import { describeSource, type Citation } from '@/rules/index';
import { t } from '@/components/i18n/index';

export function Citations({ citations }: { citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <details class="pc-sources">
      <summary>{t('sourcesLabel', { count: citations.length })}</summary>
      <ul>
        {citations.map((c, i) => (
          <li key={i}>
            <span class="pc-sources__source">{describeSource(c.source)}</span>
            <span class="pc-sources__section">
              {t('sourceSection')}
              {t('colon')} {c.section}
            </span>
            <blockquote class="pc-sources__quote" lang={c.source.startsWith('seed') ? 'fr' : 'en'}>
              {c.quote}
            </blockquote>
          </li>
        ))}
      </ul>
    </details>
  );
}
