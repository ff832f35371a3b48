/**
 * Name normalization shared by the extractor, the scorer and entity linking.
 *
 * `normName` is the exact comparison key the reference scorer uses (case, accents, hyphens,
 * periods, apostrophes and extra spaces ignored), so spelling variants of one person or organization
 * ("Kim Jong-un", "Kim Jong Un", "KIM JONG UN") compare equal.
 */

const DASHES = /[\u2010-\u2015-]/g;

/** The scorer's normalization: NFKD, strip combining marks, lowercase, dashes→space, drop . ' ’. */
const SIMPLE_RE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const ASCII_RE = /^[\x20-\x7e]*$/;

export function normName(s: string): string {
  if (SIMPLE_RE.test(s)) return s;
  if (ASCII_RE.test(s)) {
    const l = s.toLowerCase();
    if (SIMPLE_RE.test(l)) return l;
    return l.replace(/-/g, ' ').replace(/[.']/g, '').replace(/\s+/g, ' ').trim();
  }
  return String(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(DASHES, ' ')
    .replace(/[.'’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lowercase, accent-free key used for gazetteer look-ups (also folds "St"/"St." to "saint"). */
export function placeKey(s: string): string {
  const n = normName(s);
  if (!n.includes('st')) return n;
  return n
    .replace(/^(st|ste) /, (m) => (m === 'st ' ? 'saint ' : 'sainte '))
    .replace(/ (st|ste) /g, (m) => (m === ' st ' ? ' saint ' : ' sainte '));
}
