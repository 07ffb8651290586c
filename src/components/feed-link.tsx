/**
 * A feed of the page's posts: a visible "Subscribe (Atom)" link, and the same feed announced in the
 * document head for browsers and feed readers. React 19 hoists a rendered `<link rel="alternate">`
 * into `<head>` and removes it when the page goes, so the head names only the current page's feed.
 */
import { feedUrl } from '../data/data-client.ts';
import { ATOM_MEDIA_TYPE } from '../model/export/feed-paths.ts';

/** `file` is the feed's path in the data folder (`feedFiles`); `title` is the feed's own title. */
export function FeedLink({ file, title }: { file: string; title: string }) {
  const href = feedUrl(file);
  return (
    <>
      <link rel="alternate" type={ATOM_MEDIA_TYPE} title={title} href={href} />
      <a className="feed-link" href={href} type={ATOM_MEDIA_TYPE} title={`${title}: the newest posts, for a feed reader`}>
        Subscribe (Atom)
      </a>
    </>
  );
}
