import { useEffect, useRef, useState } from 'react';
import { TextField, type TextFieldProps } from '../../ui/TextField';

/** A text field that commits its value after a pause in typing (filters that reload the list). */
export function DebouncedTextField({ value, onCommit, delay = 350, ...rest }: Omit<TextFieldProps, 'onChange'> & { onCommit: (v: string) => void; delay?: number }) {
  const [text, setText] = useState(value);
  const committed = useRef(value);
  // Follow outside changes (Back button, applied saved view) without clobbering what is being typed.
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    if (text === committed.current) return;
    const timer = setTimeout(() => {
      committed.current = text;
      onCommit(text);
    }, delay);
    return () => clearTimeout(timer);
  }, [text, delay, onCommit]);
  return <TextField {...rest} value={text} onChange={setText} />;
}
