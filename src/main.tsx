import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { DATA_CHANGED_EVENT } from './model/format/data-version.ts';
import { startTheme } from './components/use-theme.ts';
import { createRoutes } from './routes/routes.tsx';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

// The deployment's base path ("/sitrep/"), trailing slash kept so the home link stays "/sitrep/".
const router = createBrowserRouter(createRoutes(queryClient), { basename: import.meta.env.BASE_URL });

// In `npm run dev`, an edited post is recompiled by the server, which then tells open pages.
import.meta.hot?.on(DATA_CHANGED_EVENT, () => {
  void queryClient.invalidateQueries().then(() => router.revalidate());
});

// The theme is set before the first render: the policy allows no inline script in index.html to do it earlier.
startTheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
