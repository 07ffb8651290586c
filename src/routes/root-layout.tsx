/** The frame of every page: header, main content, and the data every page shares. */
import type { QueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigation } from 'react-router';
import { SaveView } from '../components/save-view.tsx';
import { ThemeSelect } from '../components/theme-select.tsx';
import { useSavedViews } from '../components/use-saved-views.ts';
import { loadCollection } from '../data/page-data.ts';
import { paths } from '../model/view/paths.ts';
import { RouteError } from './route-error.tsx';

/** Loads the manifest and list index before the first page renders. */
export function loader(queryClient: QueryClient) {
  return async () => {
    await loadCollection(queryClient);
    return null;
  };
}

/** The header; `withData` where the collection has loaded, so the current view can be saved. */
function Header({ withData = false }: { withData?: boolean }) {
  const { views } = useSavedViews();
  return (
    <header className="site-header">
      <Link to={paths.home.getHref()} className="brand">
        Sitrep
      </Link>
      <span className="tagline">threat-intelligence news</span>
      <div className="header-tools">
        {withData ? <SaveView /> : null}
        <Link to={paths.saved.getHref()}>Saved views{views.length ? ` (${views.length})` : ''}</Link>
        <ThemeSelect />
      </div>
    </header>
  );
}

/** Header and page. */
export function RootLayout() {
  const navigation = useNavigation();
  return (
    <>
      <Header withData />
      <div className="progress" data-active={navigation.state !== 'idle'} aria-hidden="true" />
      <main id="main">
        <Outlet />
      </main>
    </>
  );
}

/** Shown while the first data loads; keeps the layout of the page to come. */
export function LoadingPage() {
  return (
    <>
      <Header />
      <main id="main" aria-busy="true">
        <p className="loading" role="status">
          Loading posts…
        </p>
      </main>
    </>
  );
}

/** When the shared data cannot load, the page says why, with a retry, inside the usual frame. */
export function RootError() {
  return (
    <>
      <Header />
      <main id="main">
        <RouteError />
      </main>
    </>
  );
}
