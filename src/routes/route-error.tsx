/** A page's error boundary: not-found pages for unknown things, a retry for data that did not arrive. */
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { DataError } from '../data/data-client.ts';
import { NotFound } from './not-found.tsx';

/** Renders the error a loader or component threw. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();

  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFound what={typeof error.data === 'string' ? error.data : undefined} />;
  }
  if (error instanceof DataError && error.reason === 'format') {
    return (
      <section className="problem" role="alert">
        <h1>This data cannot be read</h1>
        <p>{error.message}</p>
      </section>
    );
  }
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <section className="problem" role="alert">
      <h1>Could not load this page</h1>
      <p>{message}</p>
      <button type="button" onClick={() => void revalidator.revalidate()} disabled={revalidator.state === 'loading'}>
        {revalidator.state === 'loading' ? 'Retrying…' : 'Retry'}
      </button>
    </section>
  );
}
