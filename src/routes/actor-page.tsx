/**
 * `/actors/:id`: a threat actor from the catalog: its names and who coined them, attributed country,
 * description and links, and what the posts report of it: posts over time, victims, platforms,
 * malware and figures, each leading to the explorer.
 */
import { type QueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type LoaderFunctionArgs, Link, data, useParams } from 'react-router';
import { FeedLink } from '../components/feed-link.tsx';
import { FigureHighlights } from '../components/figure-highlights.tsx';
import { TopValues } from '../components/top-values.tsx';
import { YearBars } from '../components/year-bars.tsx';
import { catalogQuery, collectionQuery, figuresQuery } from '../data/data-client.ts';
import { feedFiles } from '../model/export/feed-paths.ts';
import { paths } from '../model/view/paths.ts';
import { createViewState, type Facet } from '../model/view/view-state.ts';
import { setYear, toggleInclude } from '../model/view/view-state-edit.ts';

/** An unknown actor id is a not-found page. */
export function loader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const id = (params.id ?? '').toLowerCase();
    const { manifest } = await queryClient.ensureQueryData(collectionQuery());
    const [catalog] = await Promise.all([queryClient.ensureQueryData(catalogQuery(manifest)), queryClient.ensureQueryData(figuresQuery(manifest))]);
    if (!catalog.actors.some((actor) => actor.id === id)) throw data(`There is no threat actor "${params.id ?? ''}" in the catalog.`, { status: 404 });
    return null;
  };
}

const KIND_NAMES: Record<string, string> = {
  state: 'State-sponsored group',
  mercenary: 'Hack-for-hire group',
  criminal: 'Cybercrime group',
  ransomware: 'Ransomware operation',
  hacktivist: 'Hacktivist group',
};

/** The actor page. */
export function ActorPage() {
  const id = (useParams().id ?? '').toLowerCase();
  const { data: collection } = useSuspenseQuery(collectionQuery());
  const { data: catalog } = useSuspenseQuery(catalogQuery(collection.manifest));
  const { data: figures } = useSuspenseQuery(figuresQuery(collection.manifest));
  const actor = catalog.actors.find((entry) => entry.id === id);
  const view = useMemo(() => createViewState({ filters: { actor: { include: [id] } } }), [id]);
  const result = useMemo(() => collection.engine.query(view), [collection, view]);
  if (!actor) return null;

  const parent = actor.parent ? catalog.actors.find((entry) => entry.id === actor.parent) : undefined;
  const children = catalog.actors.filter((entry) => entry.parent === actor.id);
  const tools = catalog.malware.filter((family) => family.actors.includes(actor.id));
  const narrowed = (facet: Facet) => (value: string) => paths.explorer.getHref(toggleInclude(view, facet, value));

  return (
    <article className="entity-page">
      <p className="kicker">{KIND_NAMES[actor.kind] ?? actor.kind}</p>
      <h1>{actor.name}</h1>
      <dl className="facts">
        {actor.country ? (
          <>
            <dt>Attributed to</dt>
            <dd>
              <Link to={paths.country.getHref(actor.country)}>{collection.nameOf('origin', actor.country)}</Link>
            </dd>
          </>
        ) : null}
        {actor.firstSeen ? (
          <>
            <dt>First seen</dt>
            <dd>{actor.firstSeen}</dd>
          </>
        ) : null}
        {actor.attackId ? (
          <>
            <dt>MITRE ATT&amp;CK</dt>
            <dd>{actor.attackId}</dd>
          </>
        ) : null}
        {parent ? (
          <>
            <dt>Part of</dt>
            <dd>
              <Link to={paths.actor.getHref(parent.id)}>{parent.name}</Link>
            </dd>
          </>
        ) : null}
        {children.length ? (
          <>
            <dt>Sub-groups</dt>
            <dd>
              {children.map((child, index) => (
                <span key={child.id}>
                  {index > 0 ? ', ' : ''}
                  <Link to={paths.actor.getHref(child.id)}>{child.name}</Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      <p className="description">{actor.description}</p>
      <p>
        <Link to={paths.explorer.getHref(view)} className="explore">
          {result.total === 0 ? 'No posts name this group yet' : `All ${result.total} ${result.total === 1 ? 'post' : 'posts'} naming ${actor.name} →`}
        </Link>{' '}
        {result.total > 0 ? (
          <>
            <Link to={paths.charts.getHref(view)}>Charts</Link>{' '}
            {/* The build writes a feed for every actor whose page lists posts: this view's. */}
            <FeedLink file={feedFiles.actor(actor.id)} title={`Sitrep: ${actor.name}`} />
          </>
        ) : null}
      </p>

      {actor.aliases.length ? (
        <section>
          <h2>Also known as</h2>
          <table className="aliases">
            <caption className="visually-hidden">Names of {actor.name} and who coined them</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Named by</th>
              </tr>
            </thead>
            <tbody>
              {actor.aliases.map((alias) => (
                <tr key={alias.name}>
                  <td>{alias.name}</td>
                  <td>{alias.by ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <div className="entity-grid">
        <YearBars label="Posts per year" years={result.years} hrefOf={(year) => paths.explorer.getHref(setYear(view, year))} />
        <TopValues title="Victim countries" values={result.facets.victim} hrefOf={narrowed('victim')} />
        <TopValues title="Platforms" values={result.facets.platform} hrefOf={narrowed('platform')} />
        <TopValues title="Malware in these posts" values={result.facets.malware} hrefOf={narrowed('malware')} />
      </div>
      <FigureHighlights collection={collection} figures={figures} rows={result.rows} />

      {tools.length ? (
        <section>
          <h2>Malware linked to it in the catalog</h2>
          <p>{tools.map((family) => family.name).join(', ')}</p>
        </section>
      ) : null}
      {actor.links.length ? (
        <section>
          <h2>References</h2>
          <ul>
            {actor.links.map((link) => (
              <li key={link}>
                <a href={link} target="_blank" rel="noopener noreferrer" referrerPolicy="no-referrer">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
