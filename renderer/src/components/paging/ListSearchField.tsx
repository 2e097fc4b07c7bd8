import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { startTransition, useEffect, useRef, useState } from 'react';

/** How long typing rests before the address (and so the query) follows the field. */
export const listSearchDelayMs = 250;

interface Props extends Omit<TextInputProps, 'value' | 'onChange' | 'type'> {
  /** The search the address holds. */
  value: string;
  /** Called once typing rests, or at once on Enter. */
  onSearch: (text: string) => void;
  delayMs?: number;
}

/**
 * A search field that never waits for the server: what is typed is its own
 * state, and the address follows when typing rests (as a transition, so a
 * keystroke is never held up by the rows re-rendering). When the address
 * changes from outside (Back, a link), the field shows it.
 */
export function ListSearchField({ value, onSearch, delayMs = listSearchDelayMs, onKeyDown, ...props }: Props) {
  const [text, setText] = useState(value);
  const written = useRef(value);
  const commit = useDebouncedCallback((next: string) => {
    written.current = next.trim();
    startTransition(() => onSearch(next));
  }, delayMs);

  useEffect(() => {
    if (value !== written.current) {
      written.current = value;
      commit.cancel();
      setText(value);
    }
  }, [value, commit]);

  return (
    <TextInput
      type="search"
      autoComplete="off"
      {...props}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        commit(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit.flush();
        onKeyDown?.(e);
      }}
    />
  );
}
