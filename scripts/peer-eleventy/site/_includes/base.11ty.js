/** The frame of every page: head, header with navigation and search form, breadcrumbs, footer. */
import { esc } from './html.js';

const SECTIONS = [
  ['/vereinbarungen/', 'Vereinbarungen'],
  ['/laender/', 'Länder'],
  ['/organisationen/', 'Organisationen'],
  ['/themen/', 'Themen'],
  ['/loesungen/', 'Lösungen'],
  ['/zeitleiste/', 'Zeitleiste'],
  ['/daten/', 'Daten'],
  ['/mitmachen/', 'Mitmachen'],
];

export default function (data) {
  const path = data.page.url;
  const crumbs = data.breadcrumbs ?? [];
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(data.title)} – Kooperationsatlas</title>
<meta name="description" content="${esc(data.description)}">
<link rel="canonical" href="https://example.org${path}">
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="/style.css">
<meta property="og:title" content="${esc(data.title)}"><meta property="og:description" content="${esc(data.description)}"><meta property="og:url" content="https://example.org${path}">
${data.jsonLd ? `<script type="application/ld+json">${data.jsonLd}</script>` : ''}
</head>
<body>
<a class="skip-link" href="#inhalt">Zum Inhalt springen</a>
<header class="site-header"><div class="wrap"><a class="brand" href="/">Kooperationsatlas <span>Wer kooperiert mit wem in der Verwaltungs-IT</span></a>
<form role="search" action="/suche/"><label for="q">Suche</label><input id="q" name="q" type="search"><button>Suchen</button></form></div>
<nav class="site-nav wrap" aria-label="Hauptnavigation"><ul>${SECTIONS.map(([href, label]) => `<li><a href="${href}"${path === href ? ' aria-current="page"' : path.startsWith(href) ? ' aria-current="true"' : ''}>${label}</a></li>`).join('')}</ul></nav></header>
<main id="inhalt" tabindex="-1"><div class="wrap">
${crumbs.length ? `<nav aria-label="Brotkrumen"><ol><li><a href="/">Start</a></li>${crumbs.map(([label, href]) => `<li><a href="${href}">${esc(label)}</a></li>`).join('')}<li aria-current="page">${esc(data.title)}</li></ol></nav>` : ''}
${data.content}
</div></main>
<footer class="site-footer"><div class="wrap"><ul><li><a href="/suche/">Suche mit Filtern</a></li><li><a href="/daten/">Offene Daten</a></li><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li></ul>
<p>Kooperationsatlas ist ein unabhängiges Register, kein Angebot einer Behörde.</p></div></footer>
</body>
</html>`;
}
