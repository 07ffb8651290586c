/**
 * The search box. It keeps its own draft and writes the URL when submitted, so each search is one
 * history entry. `/` anywhere on the page puts the cursor in it.
 */
import { useEffect, useRef, useState } from 'react';
import { isTyping } from './post-rows.tsx';

interface SearchFormProps {
  query: string;
  onSearch: (query: string) => void;
  /** The field took the focus: a search may follow. */
  onFocus?: () => void;
}

/** A search field with its submit button. */
export function SearchForm({ query, onSearch, onFocus }: SearchFormProps) {
  const [draft, setDraft] = useState(query);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || isTyping(event.target) || event.metaKey || event.ctrlKey) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <form
      role="search"
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft);
      }}
    >
      <input
        ref={input}
        type="search"
        name="q"
        aria-label="Search posts"
        placeholder="Search posts (press / )"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onFocus={onFocus}
      />
      <button type="submit">Search</button>
    </form>
  );
}
