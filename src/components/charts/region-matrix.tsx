/**
 * Actor × victim region: posts in a view naming each of the top actors and each region, as a shaded
 * table (plain HTML, so every cell is a keyboard-reachable link that filters by both).
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { catalogQuery } from '../../data/data-client.ts';
import { Link } from 'react-router';
import { actorRegionMatrix, countValues } from '../../model/charts/tallies.ts';
import { csvFileName } from '../../model/export/csv.ts';
import { viewStateToSearch, type Facet, type ViewState } from '../../model/view/view-state.ts';
import { toggleInclude } from '../../model/view/view-state-edit.ts';
import { ChartFrame } from './chart-frame.tsx';
import { formatFull } from '../../model/charts/money-display.ts';
import type { ChartViewProps } from './chart-props.ts';

type RegionLevel = 'continents' | 'sub-regions' | 'groupings';

// The five UN M49 regions; the rest of the catalog's M49 entries are their sub-regions.
const CONTINENTS = ['africa', 'americas', 'asia', 'europe', 'oceania'];
const SUB_REGION_LIMIT = 10;

function include(state: ViewState, facet: Facet, id: string): ViewState {
  return state.filters[facet].include.includes(id) ? state : toggleInclude(state, facet, id);
}

/** Top actors as rows, regions as columns. */
export function RegionMatrix({ collection, state, rows, hrefOf }: ChartViewProps) {
  const id = useId();
  const [level, setLevel] = useState<RegionLevel>('continents');
  const { data: catalog } = useSuspenseQuery(catalogQuery(collection.manifest));
  const columns = useMemo(() => {
    if (level === 'continents') return CONTINENTS;
    const wanted = new Set(
      catalog.regions.filter((region) => (level === 'groupings' ? region.kind === 'grouping' : region.kind === 'm49' && !CONTINENTS.includes(region.id))).map((region) => region.id),
    );
    return countValues(collection.posts, rows, 'region')
      .filter((value) => wanted.has(value.id))
      .slice(0, SUB_REGION_LIMIT)
      .map((value) => value.id);
  }, [collection, catalog, rows, level]);
  const matrix = useMemo(() => actorRegionMatrix(collection.posts, rows, { actorLimit: 12, regions: columns }), [collection, rows, columns]);
  const actorName = (actor: string) => collection.nameOf('actor', actor);
  const regionName = (region: string) => collection.nameOf('region', region);
  const levelName = level === 'continents' ? 'continent' : level === 'groupings' ? 'grouping' : 'sub-region';

  const grid = (shaded: boolean) => (
    <table className={shaded ? 'chart-matrix' : 'chart-table'}>
      <caption>
        Posts in this view naming each of the {matrix.actors.length} most frequent threat actors and a victim {levelName}. Choose a cell to filter by both.
      </caption>
      <thead>
        <tr>
          <th scope="col">Actor</th>
          {matrix.regions.map((region) => (
            <th scope="col" key={region} className="num">
              <Link to={hrefOf(include(state, 'region', region))}>{regionName(region)}</Link>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.actors.map((actor, a) => (
          <tr key={actor}>
            <th scope="row">
              <Link to={hrefOf(include(state, 'actor', actor))}>{actorName(actor)}</Link>
            </th>
            {matrix.regions.map((region, r) => {
              const count = matrix.counts[a]?.[r] ?? 0;
              const heat = matrix.max === 0 ? 0 : count / matrix.max;
              return (
                <td key={region} className="num" style={shaded && count > 0 ? { backgroundColor: `rgba(180, 35, 42, ${(0.12 + heat * 0.6).toFixed(2)})` } : undefined}>
                  {count === 0 ? (
                    <span className="zero">0</span>
                  ) : (
                    <Link to={hrefOf(include(include(state, 'actor', actor), 'region', region))} aria-label={`${formatFull(count)} posts: ${actorName(actor)} in ${regionName(region)}`}>
                      {formatFull(count)}
                    </Link>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFrame
      title="Threat actors × victim regions"
      size="matrix"
      fluid
      units={`Posts in this view per actor and victim ${levelName}; darker is more. A post can count in several cells.`}
      controls={
        <span className="chart-control">
          <label htmlFor={`${id}-level`}>Regions</label>
          <select id={`${id}-level`} value={level} onChange={(event) => setLevel(event.target.value === 'groupings' ? 'groupings' : event.target.value === 'sub-regions' ? 'sub-regions' : 'continents')}>
            <option value="continents">continents</option>
            <option value="sub-regions">sub-regions (top {SUB_REGION_LIMIT})</option>
            <option value="groupings">groupings</option>
          </select>
        </span>
      }
      empty={matrix.actors.length === 0 || matrix.regions.length === 0 || matrix.max === 0 ? 'No post in this view names both an actor and a victim region.' : undefined}
      csv={() => ({
        fileName: csvFileName(`actors by ${levelName}`, viewStateToSearch(state)),
        header: ['Actor', ...matrix.regions.map(regionName)],
        rows: matrix.actors.map((actor, a) => [actorName(actor), ...matrix.regions.map((_, r) => matrix.counts[a]?.[r] ?? 0)]),
      })}
      table={() => grid(false)}
    >
      <div className="chart-matrix-wrap">{grid(true)}</div>
    </ChartFrame>
  );
}
