/**
 * One question with its answers as buttons, answerable from the keyboard: digits 1–9 pick
 * an answer, 0 is "don't know", arrows move between answers (one tab stop per question),
 * Enter or Space choose.
 */
import { useRef, useState } from 'preact/hooks';

export interface ChoiceGroupProps {
  /** Id of the heading that asks the question (labels the group). */
  labelledBy: string;
  answers: readonly string[];
  /** The answers' values, written on the buttons as `data-value` (tests find them there). */
  values?: readonly (string | number | boolean)[];
  dontKnowLabel: string;
  onAnswer: (index: number) => void;
  onDontKnow: () => void;
  /** For the caller to focus the group's tab stop. */
  groupRef?: { current: HTMLDivElement | null };
}

export function ChoiceGroup({ labelledBy, answers, values, dontKnowLabel, onAnswer, onDontKnow, groupRef }: ChoiceGroupProps) {
  const [focused, setFocused] = useState(0);
  const ownRef = useRef<HTMLDivElement>(null);
  const ref = groupRef ?? ownRef;
  const count = answers.length + 1; // + don't know

  const focusButton = (index: number) => {
    const next = (index + count) % count;
    setFocused(next);
    ref.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const digit = /^[0-9]$/.test(event.key) ? Number(event.key) : null;
    if (digit !== null) {
      if (digit === 0) onDontKnow();
      else if (digit <= answers.length) onAnswer(digit - 1);
      else return;
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') focusButton(focused + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') focusButton(focused - 1);
    else if (event.key === 'Home') focusButton(0);
    else if (event.key === 'End') focusButton(count - 1);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={ref} role="group" aria-labelledby={labelledBy} class="pc-choices" onKeyDown={onKeyDown}>
      {answers.map((label, i) => (
        <button
          key={label}
          type="button"
          class="pc-choice"
          tabIndex={focused === i ? 0 : -1}
          aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
          data-value={values ? String(values[i]) : undefined}
          onFocus={() => setFocused(i)}
          onClick={() => onAnswer(i)}
        >
          {i < 9 && (
            <kbd class="pc-key" aria-hidden="true">
              {i + 1}
            </kbd>
          )}
          <span>{label}</span>
        </button>
      ))}
      <button
        type="button"
        class="pc-choice pc-choice--dont-know"
        tabIndex={focused === answers.length ? 0 : -1}
        aria-keyshortcuts="0"
        data-value="dont-know"
        onFocus={() => setFocused(answers.length)}
        onClick={onDontKnow}
      >
        <kbd class="pc-key" aria-hidden="true">
          0
        </kbd>
        <span>{dontKnowLabel}</span>
      </button>
    </div>
  );
}
