/**
 * The unique key of an entity row: "Kim Jong-un" and "Kim Jong Un" both give "kim-jong-un",
 * "São Paulo" gives "sao-paulo". Changing it would orphan stored slugs (a migration uses it), so
 * treat it as frozen.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
