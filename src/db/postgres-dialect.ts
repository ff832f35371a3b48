import { ADVISORY_LOCK_SPACE } from './advisory-locks';
import { MATCH_CLOSE, MATCH_OPEN } from './match-marks';
import type { SqlParameters } from './sql-builder';
import type {
  HighlightStatement,
  MarkedHighlight,
  RankedTextMatch,
  RowsStatement,
  SelectedColumn,
  SqlDialect,
  TextTerm,
} from './sql-dialect';

/**
 * ts_rank weights for the labels {D, C, B, A}: the title is labelled A and the body B, so a title
 * match weighs four times a body match, as in the SQLite bm25 ranking. Normalization 1 divides by
 * 1 + log(length), which, like bm25, keeps long bodies from winning by size alone.
 */
const RANK = `ts_rank('{0, 0, 0.25, 1}'::float4[], a."searchVector", tq.q, 1)`;
const SNIPPET_WORDS = 24;
const HEADLINE_MARKS = `StartSel=${MATCH_OPEN}, StopSel=${MATCH_CLOSE}`;
const NOTHING = `'x & !x'::tsquery`;

/**
 * The tsquery of the terms, built from functions over bound values (never from SQL or tsquery
 * text written with client input). Each term's words pass through the normalization the index
 * applies to the stored text (article_search_text, then the 'simple' configuration, which
 * lower-cases), and phraseto_tsquery turns them into lexemes in a row (<->). A prefix term gets :*
 * on its last lexeme, appended to the tsquery's own text output, which PostgreSQL has already
 * quoted and escaped. Terms are ANDed with &&.
 *
 * Not websearch_to_tsquery: it has no prefix search, and it reads `or` and a leading `-` as
 * operators, where the SQLite backend searches every word as text.
 */
function tsquery(terms: readonly TextTerm[], params: SqlParameters): string {
  return terms
    .map((term) => {
      const phrase = `phraseto_tsquery('simple', article_search_text(${params.bind(term.words.join(' '))}))`;
      const query = term.prefix ? `(${phrase}::text || ':*')::tsquery` : phrase;
      // A term with no lexeme left (only characters the index skips, like ʼ or ²) would be dropped
      // from the AND; FTS5 still requires it, so it becomes a query no text matches (x and not x).
      return `(CASE WHEN numnode(${phrase}) = 0 THEN ${NOTHING} ELSE ${query} END)`;
    })
    .join(' && ');
}

/**
 * The text ts_headline reads: the stored text as the index reads it (article_search_text removes
 * accents and turns punctuation into spaces, so "Jong-un" is two words, as in the query). It must
 * keep every character where it was, for the offsets to hold in the stored text: when removing
 * accents changes the length (ß → ss), the stored text is read as it is.
 */
const headlineText = (column: string) =>
  `CASE WHEN length(article_search_text(${column})) = length(${column}) THEN article_search_text(${column}) ELSE ${column} END`;

/**
 * Puts the stored characters back into ts_headline output over headlineText: same length, same
 * places, so each character of the marked text is replaced by the stored one and the marks stay.
 */
function restore(marked: string, stored: string): string {
  const source = Array.from(stored);
  let at = 0;
  let out = '';
  for (const char of marked) {
    if (char === MATCH_OPEN || char === MATCH_CLOSE) out += char;
    else out += source[at++] ?? char;
  }
  return at === source.length ? out : marked;
}

/** PostgreSQL: the article."searchVector" tsvector column (title A, body B) with its GIN index. */
export class PostgresDialect implements SqlDialect {
  // One ingest at a time per graph (schema), across every process that writes to it.
  readonly ingestLock = `SELECT pg_advisory_xact_lock(${ADVISORY_LOCK_SPACE}, hashtext(current_schema()))`;

  textMatch(idColumn: string, terms: readonly TextTerm[], params: SqlParameters): string {
    return `${idColumn} IN (SELECT t.id FROM article t WHERE t."searchVector" @@ (${tsquery(terms, params)}))`;
  }

  rankedTextMatch(terms: readonly TextTerm[], params: SqlParameters): RankedTextMatch {
    return {
      from: `article a CROSS JOIN (SELECT ${tsquery(terms, params)} AS q) tq`,
      where: 'a."searchVector" @@ tq.q',
      // float8, so that the score round-trips exactly through a cursor; negated: lower is better.
      score: `-(${RANK})::float8`,
    };
  }

  highlights(
    terms: readonly TextTerm[],
    articleIds: readonly number[],
    params: SqlParameters,
  ): HighlightStatement {
    const titleOptions = params.bind(`HighlightAll=true, ${HEADLINE_MARKS}`);
    // One fragment of up to SNIPPET_WORDS words around the best match, as FTS5's snippet() gives;
    // the first words of the body when only the title matched.
    const bodyOptions = params.bind(
      `MaxFragments=1, MaxWords=${SNIPPET_WORDS}, MinWords=${SNIPPET_WORDS - 4}, ${HEADLINE_MARKS}`,
    );
    const open = params.bind(MATCH_OPEN);
    const close = params.bind(MATCH_CLOSE);
    return {
      sql: `SELECT a.id AS id, a.title AS title, ht.marked AS "titleMarked", hb.marked AS "snippetMarked",
              substr(a.body, hs.at, length(hp.plain)) AS "snippetStored", hs.at AS "snippetAt",
              length(a.body) AS "bodyLength"
            FROM article a
            CROSS JOIN (SELECT ${tsquery(terms, params)} AS q) tq
            CROSS JOIN LATERAL (SELECT ts_headline('simple', ${headlineText('a.title')}, tq.q, ${titleOptions}) AS marked) ht
            CROSS JOIN LATERAL (SELECT ${headlineText('a.body')} AS body) d
            CROSS JOIN LATERAL (SELECT ts_headline('simple', d.body, tq.q, ${bodyOptions}) AS marked) hb
            CROSS JOIN LATERAL (SELECT replace(replace(hb.marked, ${open}, ''), ${close}, '') AS plain) hp
            CROSS JOIN LATERAL (SELECT strpos(d.body, hp.plain) AS at) hs
            WHERE a.id IN (${params.bindList(articleIds)}) AND a."searchVector" @@ tq.q`,
      read: (row) => this.readHighlight(row),
    };
  }

  /** FTS5's snippet() marks a cut with "…"; ts_headline does not, so the cuts are marked here. */
  private readHighlight(row: Record<string, unknown>): MarkedHighlight {
    const title = restore(String(row.titleMarked), String(row.title));
    // 0: the snippet was not found as it stands in the body; it is shown as ts_headline wrote it.
    const at = Number(row.snippetAt);
    if (at === 0) return { id: Number(row.id), title, snippet: String(row.snippetMarked) };
    const stored = String(row.snippetStored);
    const cutBefore = at > 1 ? '…' : '';
    const cutAfter = at - 1 + Array.from(stored).length < Number(row.bodyLength) ? '…' : '';
    return {
      id: Number(row.id),
      title,
      snippet: `${cutBefore}${restore(String(row.snippetMarked), stored)}${cutAfter}`,
    };
  }

  rowsStatement(columns: readonly SelectedColumn[], fromWhere: string, orderBy: string): RowsStatement {
    // Plain rows: node-postgres builds row objects cheaply, and json_agg would cost the server more
    // than it saves the client (docs/performance.md, PostgreSQL). Aliases keep the values in order.
    const values = columns.map((column, i) => `${column.name} AS "c${i}"`);
    return {
      sql: `SELECT ${values.join(', ')} FROM ${fromWhere}${orderBy ? ` ${orderBy}` : ''}`,
      read: (result) => result.map((row) => Object.values(row)),
    };
  }

  isoWeekStart(isoDay: string): string {
    return `to_char(date_trunc('week', (${isoDay})::timestamp), 'YYYY-MM-DD')`;
  }
}
