/**
 * `/countries/:iso2`: a country as a victim (who targets it, over time) and as the origin the posts
 * attribute attacks to (which groups, against whom).
 */
import type { QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type LoaderFunctionArgs, Link, data, useParams } from 'react-router';
import { ExportControl } from '../components/export/export-control.tsx';
import { FeedLink } from '../components/feed-link.tsx';
import { TopValues } from '../components/top-values.tsx';
import { YearBars } from '../components/year-bars.tsx';
import { loadCatalogData, useCatalogData } from '../data/page-data.ts';
import type { Collection } from '../model/collection.ts';
import { feedFiles } from '../model/export/feed-paths.ts';
import { explorerLinks } from '../model/view/paths.ts';
import { valueView } from '../model/view/view-state-edit.ts';

/** An unknown country code is a not-found page. */
export function loader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const code = (params.iso2 ?? '').toUpperCase();
    const { catalog } = await loadCatalogData(queryClient);
    if (!catalog.countries.some((country) => country.code === code)) throw data(`There is no country with the code "${params.iso2 ?? ''}".`, { status: 404 });
    return null;
  };
}

/** The country page. */
export function CountryPage() {
  const code = (useParams().iso2 ?? '').toUpperCase();
  const { collection, catalog } = useCatalogData();
  const country = catalog.countries.find((entry) => entry.code === code);
  const regionNames = new Map(catalog.regions.map((region) => [region.id, region.name]));
  if (!country) return null;
  const regions = country.regions.map((id) => regionNames.get(id) ?? id);
  return (
    <article className="entity-page">
      <p className="kicker">Country</p>
      <h1>{country.name}</h1>
      {regions.length ? <p className="description">{regions.join(' · ')}</p> : null}
      <div className="entity-grid two">
        <Role collection={collection} facet="victim" code={code} name={country.name} />
        <Role collection={collection} facet="origin" code={code} name={country.name} />
      </div>
    </article>
  );
}

function Role({ collection, facet, code, name }: { collection: Collection; facet: 'victim' | 'origin'; code: string; name: string }) {
  const view = useMemo(() => valueView(facet, code), [facet, code]);
  const result = useMemo(() => collection.engine.query(view), [collection, view]);
  const links = explorerLinks(view);
  const narrowed = links.withValue;
  const title = facet === 'victim' ? `${name} as a victim` : `Attacks attributed to ${name}`;
  return (
    <section className="country-role" aria-labelledby={`${facet}-heading`}>
      <h2 id={`${facet}-heading`}>{title}</h2>
      {result.total === 0 ? (
        <p className="empty">{facet === 'victim' ? 'No post reports an attack on it.' : 'No post attributes an attack to it.'}</p>
      ) : (
        <>
          <p>
            <ExploreLink href={links.posts} total={result.total} />
            {/* The build writes a feed for every country whose victim side lists posts. */}
            {facet === 'victim' ? (
              <>
                {' '}
                <FeedLink file={feedFiles.victim(code)} title={`Sitrep: attacks on ${name}`} />
              </>
            ) : null}
          </p>
          <div className="view-actions">
            <ExportControl collection={collection} state={view} rows={result.rows} ready />
          </div>
          <YearBars label="Posts per year" years={result.years} hrefOf={links.inYear} />
          <TopValues title={facet === 'victim' ? 'Actors targeting it' : 'Groups'} values={result.facets.actor} hrefOf={narrowed('actor')} />
          {facet === 'origin' ? <TopValues title="Their victims" values={result.facets.victim} hrefOf={narrowed('victim')} /> : null}
          {facet === 'victim' ? <TopValues title="Attributed to" values={result.facets.origin} hrefOf={narrowed('origin')} /> : null}
        </>
      )}
    </section>
  );
}

function ExploreLink({ href, total }: { href: string; total: number }) {
  return (
    <Link to={href} className="explore">
      {`${total} ${total === 1 ? 'post' : 'posts'} →`}
    </Link>
  );
}
