/**
 * The list of a combobox, in groups (ARIA listbox with role=group and a heading per group):
 * shared by the document picker and the country combobox. The caller keeps the input, the
 * query and the keys; this draws the options, marks the active one and keeps it in view.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface ListboxGroup<T> {
  readonly key: string;
  readonly heading: string;
  readonly items: readonly T[];
}

export interface GroupedListboxProps<T> {
  readonly id: string;
  readonly labelledBy: string;
  readonly hidden: boolean;
  readonly class: string;
  /** Prefix of the group headings' ids. */
  readonly groupIdPrefix: string;
  readonly groups: readonly ListboxGroup<T>[];
  readonly active: T | undefined;
  readonly keyOf: (item: T) => string;
  readonly optionId: (item: T) => string;
  /** Extra classes on every option ("pc-option--compact"). */
  readonly optionClass?: string;
  /** data-* attributes that name the option for tests and styles ({ 'data-country': 'MA' }). */
  readonly dataOf: (item: T) => Record<string, string>;
  readonly onHover: (item: T) => void;
  readonly onChoose: (item: T) => void;
  readonly children: (item: T) => ComponentChildren;
}

/** The first `count` items, in their groups (a group left with none is left out). */
export function firstItems<T>(groups: readonly ListboxGroup<T>[], count: number): readonly ListboxGroup<T>[] {
  if (count === Infinity) return groups;
  const out: ListboxGroup<T>[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    out.push(group.items.length <= left ? group : { ...group, items: group.items.slice(0, left) });
    left -= group.items.length;
  }
  return out;
}

export function GroupedListbox<T>(props: GroupedListboxProps<T>) {
  const { groups, active, keyOf, optionId } = props;
  const listRef = useRef<HTMLDivElement>(null);
  const activeKey = active === undefined ? undefined : keyOf(active);

  useEffect(() => {
    if (active === undefined) return;
    const el = listRef.current?.querySelector(`[id="${optionId(active)}"]`);
    if (el && typeof (el as HTMLElement).scrollIntoView === 'function') (el as HTMLElement).scrollIntoView({ block: 'nearest' });
  }, [activeKey]);

  return (
    <div ref={listRef} class={props.class} id={props.id} role="listbox" aria-labelledby={props.labelledBy} hidden={props.hidden}>
      {groups.map((group) => (
        <div key={group.key} role="group" aria-labelledby={`${props.groupIdPrefix}-${group.key}`} class="pc-listbox__group">
          <div role="presentation" id={`${props.groupIdPrefix}-${group.key}`} class="pc-listbox__heading">
            {group.heading}
          </div>
          {group.items.map((item) => {
            const selected = keyOf(item) === activeKey;
            const classes = ['pc-option', props.optionClass, selected ? 'pc-option--active' : ''].filter(Boolean).join(' ');
            return (
              <div
                key={keyOf(item)}
                id={optionId(item)}
                role="option"
                aria-selected={selected}
                class={classes}
                {...props.dataOf(item)}
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => props.onHover(item)}
                onClick={() => props.onChoose(item)}
              >
                {props.children(item)}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
