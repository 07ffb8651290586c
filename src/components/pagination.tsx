/** Newer/older links between pages of a list. */
import { Link } from 'react-router';

interface PaginationProps {
  page: number;
  pageCount: number;
  hrefOf: (page: number) => string;
}

/** "← Newer · Page 2 of 9 · Older →". */
export function Pagination({ page, pageCount, hrefOf }: PaginationProps) {
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? <Link to={hrefOf(page - 1)}>← Newer</Link> : <span />}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? <Link to={hrefOf(page + 1)}>Older →</Link> : <span />}
    </nav>
  );
}
