/**
 * A post's entities as chips: each leads to the explorer filtered by that value; actors and
 * countries also have their own page.
 */
import { Link } from 'react-router';
import type { Collection } from '../model/collection.ts';
import type { PostEntityIds } from '../model/format/data-format.ts';
import { paths } from '../model/view/paths.ts';
import type { Facet } from '../model/view/view-state.ts';
import { valueView } from '../model/view/view-state-edit.ts';

interface Group {
  label: string;
  facet: Facet;
  ids: string[];
  pageOf?: (id: string) => string;
}

/** The chips of one post, by kind. */
export function EntityChips({ entities, collection }: { entities: PostEntityIds; collection: Collection }) {
  const all: Group[] = [
    { label: 'Threat actors', facet: 'actor', ids: entities.actors, pageOf: paths.actor.getHref },
    { label: 'Victims', facet: 'victim', ids: entities.victims, pageOf: paths.country.getHref },
    { label: 'Attributed to', facet: 'origin', ids: entities.origins, pageOf: paths.country.getHref },
    { label: 'Platforms', facet: 'platform', ids: entities.platforms },
    { label: 'Malware', facet: 'malware', ids: entities.malware },
  ];
  const groups = all.filter((group) => group.ids.length > 0);
  if (groups.length === 0) return null;
  return (
    <dl className="entities">
      {groups.map((group) => (
        <div key={group.facet} className="entity-group">
          <dt>{group.label}</dt>
          {group.ids.map((id) => {
            const name = collection.nameOf(group.facet, id);
            const explorer = paths.explorer.getHref(valueView(group.facet, id));
            return (
              <dd key={id}>
                <Link to={explorer} className="chip" aria-label={`All posts: ${group.label.toLowerCase()} ${name}`}>
                  {name}
                </Link>
                {group.pageOf ? (
                  <Link to={group.pageOf(id)} className="entity-info-link" aria-label={`About ${name}`} title={`About ${name}`}>
                    <InfoIcon />
                  </Link>
                ) : null}
              </dd>
            );
          })}
        </div>
      ))}
    </dl>
  );
}

/**
 * A circled "i", drawn rather than typed: the `ⓘ` character is missing from common system fonts,
 * which show an empty box in its place.
 */
function InfoIcon() {
  return (
    <svg className="info-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="8" cy="4.75" r="1" fill="currentColor" />
      <path d="M8 7.25v4.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
