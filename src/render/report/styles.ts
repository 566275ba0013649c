import { STATUS_META, type Colour } from '../display.js';

/**
 * CSS colours for the display colours of GRADE_META and STATUS_META: a light background with
 * dark text of at least 7:1 contrast, and a border that marks the badge in greyscale print too.
 */
export const PALETTE: Record<Colour, { background: string; text: string; border: string }> = {
  green: { background: '#dcf1e1', text: '#0f4d22', border: '#2e7d43' },
  cyan: { background: '#d9eef6', text: '#0b4456', border: '#2f7f98' },
  yellow: { background: '#fbefc9', text: '#553d00', border: '#a37a00' },
  red: { background: '#f9dcdb', text: '#7a1512', border: '#b3302b' },
  gray: { background: '#eceef0', text: '#3a424a', border: '#7b848d' },
  magenta: { background: '#f5ddf1', text: '#6a1260', border: '#a3368f' },
};

function badgeRules(prefix: string, table: Record<string, { colour: Colour }>): string {
  return Object.entries(table).map(([key, meta]) => {
    const p = PALETTE[meta.colour];
    return `.${prefix}-${key}{background:${p.background};color:${p.text};border-color:${p.border}}`;
  }).join('\n');
}

/**
 * Printing (to paper or PDF, A4): the introduction, the force overview, each group, further
 * framework and appendix on a new page; headings kept with what follows, the grade box on one
 * page, rows whole and table headers repeated on each page; tables at a smaller size with tighter cells so that they fit the
 * printable width, a word too long for its cell wrapping inside it (nothing is clipped at the
 * page edge); colours as on screen.
 */
const PRINT = `@media print{
  @page{size:A4;margin:18mm 16mm}
  body{font-size:11pt}
  main{max-width:none;margin:0;padding:0}
  div.table{overflow:visible}
  table{font-size:9pt}
  th,td{padding:.25rem .35rem}
  td{overflow-wrap:anywhere}
  .badge{padding:0 .3em}
  nav.contents a,a{color:inherit;text-decoration:none}
  section.introduction,section.overview,section.group,section.appendix{break-before:page}
  section.framework+section.framework,section.group-overview+section.framework{break-before:page}
  h1,h2,h3,h4,h5,caption{break-after:avoid;break-inside:avoid}
  section.grade,tr,li,figure,svg.chart,.practice dt,.advisory{break-inside:avoid}
  tr:has(>th[scope=rowgroup]){break-after:avoid}
  p{orphans:2;widows:2}
  thead{display:table-header-group}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`;

const BASE = `
:root{color-scheme:light;--ink:#1f2328;--muted:#4d5660;--rule:#c9ced4;--accent:#0b4f8a;--panel:#f4f6f8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#fff;color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans",sans-serif}
main{max-width:50rem;margin:0 auto;padding:2rem 1.25rem 4rem;overflow-wrap:anywhere}
h1,h2,h3,h4,h5{line-height:1.25;margin:1.6em 0 .5em;color:var(--ink)}
h1{font-size:2rem;margin-top:0;border-bottom:4px solid var(--accent);padding-bottom:.4rem}
h2{font-size:1.55rem;border-bottom:2px solid var(--rule);padding-bottom:.25rem}
h3{font-size:1.3rem;color:var(--accent)}
h4{font-size:1.1rem}
h5{font-size:1rem}
p{margin:.5em 0 .8em}
a{color:var(--accent)}
.note{color:var(--muted);font-style:italic}
nav.contents{background:var(--panel);border:1px solid var(--rule);border-radius:6px;padding:.75rem 1.25rem;margin:1.5rem 0}
nav.contents h2{border:0;margin:.25rem 0 .5rem;font-size:1.15rem}
nav.contents ol{margin:0;padding-left:1.25rem}
nav.contents ol ol{list-style:disc}
div.table{overflow-x:auto;margin:.75rem 0 1.5rem}
table{width:100%;border-collapse:collapse;font-size:.95rem}
table.criteria thead th:nth-child(1){width:6.5rem}
table.criteria thead th:nth-child(2){width:8.5rem}
table.judgements thead th:nth-child(2){width:9rem}
table.text{width:auto;min-width:50%}
caption{text-align:left;font-weight:600;padding:.25rem 0 .5rem;color:var(--muted)}
th,td{border:1px solid var(--rule);padding:.4rem .55rem;text-align:left;vertical-align:top;overflow-wrap:normal;word-break:normal;hyphens:manual}
thead th{background:var(--panel)}
tbody th[scope=rowgroup]{background:#e6eaee;font-weight:700}
tbody th[scope=row]{font-weight:600;white-space:normal}
th.count,td.count{text-align:center;font-variant-numeric:tabular-nums}
table.counts thead th.count{width:6rem}
th.count,td.count{padding-left:.3rem;padding-right:.3rem}
td.strong{font-weight:700;outline:2px solid var(--accent);outline-offset:-2px}
.badge{display:inline-block;white-space:nowrap;border:1px solid;border-radius:4px;padding:0 .45em;font-weight:700}
.grade-heading .badge{font-size:1.1em;padding:.05em .6em;margin-left:.15em}
.grade-heading .detail{font-weight:400;font-size:.9em;color:var(--muted)}
.advisory{font-weight:700;font-size:1.1rem;border-left:6px solid ${PALETTE.yellow.border};background:${PALETTE.yellow.background};color:${PALETTE.yellow.text};padding:.6rem 1rem;margin:.5rem 0 1rem}
ul.findings{list-style:none;padding:0;margin:.5rem 0 1rem}
ul.findings li{border-left:4px solid var(--rule);padding:.25rem .9rem;margin:.6rem 0}
ul.findings li>p:first-child{margin:.2rem 0}
ul.findings .detail{color:var(--muted)}
.cited{margin:.3rem 0 0}
.cited.evidence{font-style:italic}
.cited.sources,.cited.none{color:var(--muted);font-size:.9em}
dl.grades{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem;margin:.5rem 0 1.5rem}
dl.grades dt{margin:0}
dl.grades dd{margin:0}
.distribution{margin:.5rem 0 1rem}
svg.chart{display:block;width:100%;max-width:30rem;height:auto}
ol.recommendations{list-style:none;padding:0;margin:.5rem 0 1rem}
ol.recommendations li{border-left:4px solid var(--accent);background:var(--panel);padding:.5rem .9rem;margin:.6rem 0}
ol.recommendations .label{display:block;font-weight:700;text-transform:uppercase;letter-spacing:.03em;font-size:.85rem;color:var(--accent)}
.practice{border:1px solid var(--rule);border-radius:6px;padding:.25rem 1rem .75rem;margin:1rem 0}
.practice dt{font-weight:700;margin-top:.6rem;text-transform:uppercase;font-size:.85rem;letter-spacing:.03em}
.practice dd{margin:0}
section.framework,section.group,section.group-overview,section.appendix,section.summary,section.introduction,section.overview{margin-top:2.5rem}
section.grade{border:1px solid var(--rule);border-left:6px solid var(--accent);border-radius:6px;padding:.1rem 1rem .4rem;margin:1rem 0 1.5rem}
section.grade>.grade-heading{margin-top:.6em}
${PRINT}
`;

/** The page's whole stylesheet: inline, no fonts or images fetched. */
const COLOURS = Object.fromEntries((Object.keys(PALETTE) as Colour[]).map((colour) => [colour, { colour }]));

export const REPORT_CSS = `${BASE.trim()}\n${badgeRules('colour', COLOURS)}\n${badgeRules('status', STATUS_META)}\n`;
