import { slugify } from '../db/slug';
import type { ExtractedEntity } from '../extraction/types';

/** Legal-form words that do not change which company is meant ("Huawei Technologies" = "Huawei"). */
const CORPORATE_SUFFIXES = new Set([
  'technologies',
  'technology',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'plc',
  'group',
  'holdings',
  'holding',
  'ag',
  'sa',
  'se',
  'nv',
  'gmbh',
]);

/** "Huawei Technologies Co., Ltd." → "huawei"; unchanged when nothing but suffixes would remain. */
function corporateCore(slug: string): string {
  const words = slug.split('-');
  let end = words.length;
  while (end > 1 && CORPORATE_SUFFIXES.has(words[end - 1])) end -= 1;
  return words.slice(0, end).join('-');
}

/**
 * The keys an extracted person or organization is linked by, best first: its own name, then
 * its name without a legal form, then the article's variants of it. Single-word variants of a
 * person ("Lee") are left out: a surname names many people.
 */
export function linkKeysOf(entity: ExtractedEntity): string[] {
  const own = slugify(entity.name);
  const keys = [own];
  if (entity.kind === 'ORGANIZATION') keys.push(corporateCore(own));
  for (const alias of entity.aliases) {
    const key = slugify(alias);
    if (!key) continue;
    if (entity.kind === 'PERSON' && !key.includes('-')) continue;
    keys.push(key);
    if (entity.kind === 'ORGANIZATION') keys.push(corporateCore(key));
  }
  return [...new Set(keys.filter(Boolean))];
}
