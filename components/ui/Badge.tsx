/** A coloured label that also says its meaning in words (colour is never the only cue). */
import type { ComponentChildren } from 'preact';

export type BadgeTone = 'ok' | 'warn' | 'danger' | 'neutral';

export function Badge({ tone, children, testId }: { tone: BadgeTone; children: ComponentChildren; testId?: string }) {
  return (
    <span class={`pc-badge pc-badge--${tone}`} data-testid={testId}>
      {children}
    </span>
  );
}
