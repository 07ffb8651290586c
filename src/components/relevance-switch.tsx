/**
 * The one control over what a view counts: security news only (the default, with how many
 * off-topic posts that hides) or every post. A link, so the choice is in the URL (`all=1`).
 */
import { Link } from 'react-router';
import type { ViewState } from '../model/view/view-state.ts';
import { setShowAll } from '../model/view/view-state-edit.ts';

/** "Security news only: 5,678 other posts hidden. Show all posts" or "All posts. Security news only". */
export function RelevanceSwitch({ state, hidden, hrefOf }: { state: ViewState; hidden: number; hrefOf: (next: ViewState) => string }) {
  if (state.all) {
    return (
      <p className="relevance-switch">
        All posts, off-topic ones too · <Link to={hrefOf(setShowAll(state, false))}>Security news only</Link>
      </p>
    );
  }
  if (hidden === 0) return <p className="relevance-switch">Security news only</p>;
  return (
    <p className="relevance-switch">
      Security news only: {hidden.toLocaleString('en')} off-topic {hidden === 1 ? 'post' : 'posts'} hidden ·{' '}
      <Link to={hrefOf(setShowAll(state, true))}>Show all posts</Link>
    </p>
  );
}
