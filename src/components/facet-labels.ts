/** How each facet is named on screen: its heading, the plural for buttons and filter boxes. */
import type { Facet } from '../model/view/view-state.ts';

/** Heading and plural noun per facet. */
export const FACET_LABELS: Record<Facet, { label: string; noun: string }> = {
  actor: { label: 'Threat actor', noun: 'threat actors' },
  victim: { label: 'Victim country', noun: 'victim countries' },
  origin: { label: 'Attributed to', noun: 'countries' },
  region: { label: 'Victim region', noun: 'regions' },
  platform: { label: 'Platform', noun: 'platforms' },
  malware: { label: 'Malware', noun: 'malware families' },
  source: { label: 'Source', noun: 'sources' },
  language: { label: 'Language', noun: 'languages' },
};
