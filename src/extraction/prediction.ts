/** Conversion of an extraction result to the line format that ../shared/eval/score.mjs reads. */
import { normName } from './normalize';
import type { ExtractionResult } from './types';

export interface ScorerPrediction {
  id: string;
  countries: string[];
  people: string[];
  organizations: string[];
  places: Array<[string, string]>;
}

/**
 * Countries as ISO2 codes; people and organizations as every name form the body uses for them
 * (canonical name + aliases; surname-only forms are never aliases); places as [name, ISO2 or ''].
 */
export function toScorerPrediction(id: string, result: ExtractionResult): ScorerPrediction {
  const countries = new Set<string>();
  const people = new Map<string, string>();
  const organizations = new Map<string, string>();
  const places = new Map<string, [string, string]>();
  for (const e of result.entities) {
    if (e.kind === 'COUNTRY') {
      if (e.countryCode) countries.add(e.countryCode);
    } else if (e.kind === 'PERSON') {
      for (const n of [e.name, ...e.aliases]) if (n.trim().includes(' ') || n.includes('.')) add(people, n);
    } else if (e.kind === 'ORGANIZATION') {
      for (const n of [e.name, ...e.aliases]) add(organizations, n);
    } else if (e.kind === 'PLACE') {
      const k = normName(e.name);
      if (k && !places.has(k)) places.set(k, [e.name, e.countryCode ?? '']);
    }
  }
  return {
    id,
    countries: [...countries].sort(),
    people: [...people.values()],
    organizations: [...organizations.values()],
    places: [...places.values()],
  };
}

function add(map: Map<string, string>, name: string) {
  const k = normName(name);
  if (k && !map.has(k)) map.set(k, name);
}
