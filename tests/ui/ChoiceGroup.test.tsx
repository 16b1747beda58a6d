// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ChoiceGroup } from '@/components/ui/ChoiceGroup';

function setup() {
  const onAnswer = vi.fn();
  const onDontKnow = vi.fn();
  render(
    <div>
      <h3 id="q">Is the patient without resources?</h3>
      <ChoiceGroup labelledBy="q" answers={['Yes', 'No']} values={[true, false]} dontKnowLabel="Don’t know" onAnswer={onAnswer} onDontKnow={onDontKnow} />
    </div>,
  );
  const group = screen.getByRole('group', { name: 'Is the patient without resources?' });
  const buttons = screen.getAllByRole('button');
  return { onAnswer, onDontKnow, group, buttons };
}

describe('ChoiceGroup', () => {
  it('offers the answers and "don’t know", with their keys', () => {
    const { buttons } = setup();
    expect(buttons.map((b) => b.textContent)).toEqual(['1Yes', '2No', '0Don’t know']);
    expect(buttons.map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2', '0']);
    expect(buttons.map((b) => b.dataset.value)).toEqual(['true', 'false', 'dont-know']);
  });

  it('answers with digits, 0 for don’t know; other digits do nothing', () => {
    const { group, onAnswer, onDontKnow } = setup();
    fireEvent.keyDown(group, { key: '2' });
    expect(onAnswer).toHaveBeenCalledWith(1);
    fireEvent.keyDown(group, { key: '0' });
    expect(onDontKnow).toHaveBeenCalledOnce();
    fireEvent.keyDown(group, { key: '7' });
    expect(onAnswer).toHaveBeenCalledTimes(1);
  });

  it('is one tab stop; arrows move the focus between answers and wrap', () => {
    const { group, buttons } = setup();
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    buttons[0]!.focus();
    fireEvent.keyDown(group, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(group, { key: 'End' });
    expect(document.activeElement).toBe(buttons[2]);
    fireEvent.keyDown(group, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(group, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(buttons[2]);
  });

  it('answers with a click (and Enter / Space, which click a button)', () => {
    const { buttons, onAnswer } = setup();
    fireEvent.click(buttons[0]!);
    expect(onAnswer).toHaveBeenCalledWith(0);
  });
});
