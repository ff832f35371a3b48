/**
 * Serializes a value as JSON that is safe to embed inside an inline `<script>` element:
 * `<`, `>` and `&` are escaped so that `</script>` or `<!--` in the data cannot end or
 * alter the script element, and U+2028/U+2029 are escaped for older JS parsers.
 */
export function jsonForInlineScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Escapes text for use in an HTML attribute value or element content. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface PlaygroundPageOptions {
  /** URL (same origin) the GraphiQL fetcher POSTs to. */
  readonly endpoint: string;
  readonly defaultQuery: string;
  /** Same-origin URLs of the scripts, in load order. */
  readonly scripts: readonly string[];
  /** Same-origin URLs of the stylesheets. */
  readonly styles: readonly string[];
  /** CSP nonce that authorizes the single inline bootstrap script. */
  readonly nonce: string;
}

/** Renders the GraphiQL page. All scripts and styles are same-origin; nothing comes from a CDN. */
export function renderPlaygroundPage(options: PlaygroundPageOptions): string {
  const config = {
    endpoint: options.endpoint,
    defaultQuery: options.defaultQuery,
  };
  const styleTags = options.styles
    .map((href) => `    <link rel="stylesheet" href="${escapeHtml(href)}" />`)
    .join('\n');
  const scriptTags = options.scripts
    .map((src) => `    <script src="${escapeHtml(src)}"></script>`)
    .join('\n');
  const nonce = escapeHtml(options.nonce);

  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>content-graph · GraphiQL</title>
    <link rel="icon" href="data:," />
${styleTags}
    <style>
      html, body { height: 100%; margin: 0; overflow: hidden; }
      #graphiql { height: 100vh; }
      #graphiql-loading { font-family: system-ui, sans-serif; padding: 2rem; color: #555; }
    </style>
  </head>
  <body>
    <div id="graphiql"><div id="graphiql-loading">Loading GraphiQL…</div></div>
${scriptTags}
    <script nonce="${nonce}">
      (function () {
        'use strict';
        var config = ${jsonForInlineScript(config)};
        var fetcher = GraphiQL.createFetcher({
          url: config.endpoint,
          // A non-simple header: Apollo Server's CSRF prevention accepts the request
          // (the fetcher also sends Content-Type: application/json).
          headers: { 'apollo-require-preflight': 'true' },
        });
        var root = ReactDOM.createRoot(document.getElementById('graphiql'));
        root.render(
          React.createElement(GraphiQL, {
            fetcher: fetcher,
            defaultQuery: config.defaultQuery,
            defaultHeaders: '{}',
            defaultEditorToolsVisibility: 'variables',
            // Also introspect the schema's own description (off by default in GraphiQL).
            schemaDescription: true,
            // Open the docs explorer so schema descriptions are visible right away.
            visiblePlugin: 'Documentation Explorer',
          }),
        );
      })();
    </script>
  </body>
</html>
`;
}
