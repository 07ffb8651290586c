/** The page for an unknown address or an unknown post: says so, and offers a way back. */
import { Link } from 'react-router';
import { paths } from '../model/view/paths.ts';

/** `what` names what was not found ("No post is published as …"). */
export function NotFound({ what }: { what?: string | undefined }) {
  return (
    <section className="problem">
      <h1>Not found</h1>
      <p>{what ?? 'There is no page at this address.'}</p>
      <p>
        <Link to={paths.home.getHref()}>Back to all posts</Link>
      </p>
    </section>
  );
}
