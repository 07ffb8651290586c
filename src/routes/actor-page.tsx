/**
 * `/actors/:id`: a threat actor from the catalog: its names and who coined them, attributed country,
 * description and links, and what the posts report of it: posts over time, victims, platforms,
 * malware and figures, each leading to the explorer.
 */
import type { QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type LoaderFunctionArgs, Link, data, useParams } from 'react-router';
import { ExportControl } from '../components/export/export-control.tsx';
import { FeedLink } from '../components/feed-link.tsx';
import { FigureHighlights } from '../components/figure-highlights.tsx';
import { TopValues } from '../components/top-values.tsx';
import { YearBars } from '../components/year-bars.tsx';
import { loadChartData, useChartData } from '../data/page-data.ts';
import { actorPageView } from '../model/actor-view.ts';
import { valueView } from '../model/view/view-state-edit.ts';

/** An unknown actor id is a not-found page. */
export function loader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const id = (params.id ?? '').toLowerCase();
    const { catalog } = await loadChartData(queryClient);
    if (!catalog.actors.some((actor) => actor.id === id)) throw data(`There is no threat actor "${params.id ?? ''}" in the catalog.`, { status: 404 });
    return null;
  };
}

/** The actor page. */
export function ActorPage() {
  const id = (useParams().id ?? '').toLowerCase();
  const { collection, catalog, figures } = useChartData();
  const view = useMemo(() => valueView('actor', id), [id]);
  const result = useMemo(() => collection.engine.query(view), [collection, view]);
  const page = useMemo(() => actorPageView({ catalog, id, total: result.total, nameOf: collection.nameOf }), [catalog, id, result.total, collection.nameOf]);
  if (!page) return null;

  const { actor, parent, subGroups: children, links } = page;
  const narrowed = links.withValue;

  return (
    <article className="entity-page">
      <p className="kicker">{page.kind}</p>
      <h1>{actor.name}</h1>
      <dl className="facts">
        {page.country ? (
          <>
            <dt>Attributed to</dt>
            <dd>
              <Link to={page.country.href}>{page.country.name}</Link>
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
              <Link to={parent.href}>{parent.name}</Link>
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
                  <Link to={child.href}>{child.name}</Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      <p className="description">{actor.description}</p>
      <p>
        <Link to={page.posts.href} className="explore">
          {page.posts.text}
        </Link>{' '}
        {page.chartsHref ? <Link to={page.chartsHref}>Charts</Link> : null}{' '}
        {page.feed ? <FeedLink file={page.feed.file} title={page.feed.title} /> : null}
      </p>
      <div className="view-actions">
        <ExportControl collection={collection} state={view} rows={result.rows} ready />
      </div>

      {page.aliases.length ? (
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
              {page.aliases.map((alias) => (
                <tr key={alias.name}>
                  <td>{alias.name}</td>
                  <td>{alias.by}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <div className="entity-grid">
        <YearBars label="Posts per year" years={result.years} hrefOf={links.inYear} />
        <TopValues title="Victim countries" values={result.facets.victim} hrefOf={narrowed('victim')} />
        <TopValues title="Platforms" values={result.facets.platform} hrefOf={narrowed('platform')} />
        <TopValues title="Malware in these posts" values={result.facets.malware} hrefOf={narrowed('malware')} />
      </div>
      <FigureHighlights collection={collection} figures={figures} rows={result.rows} />

      {page.malware ? (
        <section>
          <h2>Malware linked to it in the catalog</h2>
          <p>{page.malware}</p>
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
