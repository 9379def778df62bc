import { escapeHtml } from './escape.js';
import { REPORT_MARKER } from './marker.js';

/**
 * The page around the report: the CSP that forbids everything but inline style and data:
 * images (so a string that escaped escaping still could not run or fetch anything), and the
 * stylesheet. Report classes start with `r-`: the diagrams' inline stylesheets apply to the
 * whole page, and their class names (`box`, `node`, `title`, …) must not reach report markup.
 * `body` is everything in `<body>`, landmarks included.
 */
export function page(title: string, theme: 'light' | 'dark', body: readonly string[]): string {
    return [
        REPORT_MARKER,
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        // The page has one palette, the theme's: the browser's own colours (scroll bars, focus) follow it.
        `<meta name="color-scheme" content="${theme}">`,
        `<title>${escapeHtml(title)}</title>`,
        `<style>${STYLE}${theme === 'dark' ? DARK : ''}${PRINT}</style>`,
        '</head>',
        '<body>',
        ...body,
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

// The column is as wide as most diagrams (about 1,200 px), so that they show unscaled on a laptop
// screen; wider ones are scaled down to it (the SVGs have a viewBox) and shown at full size, with the
// page scrolling sideways, when their figure is the page's target. Paragraphs keep a readable measure.
// Every text colour is at least 4.5:1 against its background (WCAG AA), in both themes.
const STYLE = `
body{margin:0;background:#fff;color:#1f2933;font:15px/1.5 Helvetica,Arial,'Liberation Sans',sans-serif}
main,header,nav{max-width:1260px;box-sizing:border-box;margin:0 auto;padding:0 24px}
header{padding-top:32px}
main{padding-bottom:64px}
a{color:#1c5d99}
a:focus-visible,tr:target{outline:3px solid #1c5d99;outline-offset:2px}
.r-skip{position:absolute;left:8px;top:-48px;padding:8px 12px;background:#fff;z-index:1}
.r-skip:focus{top:8px}
p{max-width:80ch}
h1{font-size:28px;margin:0}
h2{font-size:21px;margin:40px 0 12px;padding-bottom:4px;border-bottom:2px solid #d5dbe3}
h3{font-size:16px;margin:24px 0 8px}
.r-sub{color:#5f6b7a;margin:4px 0 0}
.r-toc h2{margin-top:24px}
.r-toc ol{margin:0;padding-left:24px}
.r-toc ol ol{display:flex;flex-wrap:wrap;gap:0 20px;list-style:none;padding-left:0}
.r-verdict{max-width:none;font-size:17px;font-weight:bold;margin:20px 0;padding:12px 16px;border-left:5px solid}
.r-aligned{border-color:#3f8d53;background:#e0f2e5}
.r-misaligned{border-color:#c62828;background:#fbe9e9}
table{border-collapse:collapse;margin:0 0 8px}
th,td{text-align:left;vertical-align:top;padding:4px 12px 4px 0}
.r-summary th{font-weight:normal;color:#5f6b7a;padding-right:24px}
.r-grid td,.r-grid th{border-bottom:1px solid #e4e8ee;padding:4px 12px 4px 4px}
.r-grid th[scope=row]{font-weight:normal}
.r-grid th[scope=col]{border-bottom:2px solid #d5dbe3}
.r-grid td:not(:first-child):not(:last-child){white-space:nowrap}
.r-findings{width:100%}
.r-where{width:30%;font-family:monospace;font-size:13px;overflow-wrap:anywhere}
code{font-size:13px;white-space:nowrap}
.r-note{color:#5f6b7a;margin:4px 0 0}
.r-error{color:#c62828}.r-warning{color:#a35400}.r-info{color:#1e67ad}
figure{margin:24px 0 32px}
figcaption h3{margin:0}
figcaption p{margin:2px 0 8px;color:#5f6b7a}
.r-size{margin:0 0 8px}
.r-fit,.r-figure:target .r-full{display:none}
.r-figure:target .r-fit{display:inline}
figure svg{display:block;max-width:100%;height:auto;box-sizing:border-box;border:1px solid #e4e8ee}
.r-figure:target svg{max-width:none}
.r-about ul{margin:4px 0 0;padding-left:24px}
.r-about p{margin:8px 0 0}
`;

const DARK = `
body,.r-skip{background:#1e1f22;color:#e6e9ee}
a{color:#8cc4ff}
a:focus-visible,tr:target{outline-color:#8cc4ff}
h2,.r-grid th[scope=col]{border-color:#3b4048}
.r-sub,.r-summary th,figcaption p,.r-note{color:#9aa5b1}
.r-aligned{background:#1f3a27;border-color:#6cc184}
.r-misaligned{background:#40232a;border-color:#ff6b6b}
.r-grid td,.r-grid th,figure svg{border-color:#3b4048}
.r-error{color:#ff6b6b}.r-warning{color:#ffb74d}.r-info{color:#64b5f6}
`;

// On paper: no navigation, one diagram per page, scaled to fit the page whole (150 mm high leaves
// room for the heading even on landscape A4; the full-size view is for screens), no heading left
// at the foot of a page, and the theme's background printed, which its text colours need.
const PRINT = `
@media print{
@page{margin:15mm}
body{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.r-skip,.r-toc,.r-size{display:none}
main,header{max-width:none;padding:0}
h2,h3{break-after:avoid}
tr{break-inside:avoid}
#r-diagrams,.r-figure{break-before:page}
#r-diagrams+.r-figure{break-before:auto}
.r-figure{break-inside:avoid;margin:0}
.r-figure svg,.r-figure:target svg{width:auto;max-width:100%;height:auto;max-height:150mm}
}
`;
