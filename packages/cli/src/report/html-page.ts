import { escapeHtml } from './escape.js';
import { REPORT_MARKER } from './marker.js';

/**
 * The page around the report: the CSP that forbids everything but inline style and data:
 * images (so a string that escaped escaping still could not run or fetch anything), and the
 * stylesheet. Report classes start with `r-`: the diagrams' inline stylesheets apply to the
 * whole page, and their class names (`box`, `node`, `title`, …) must not reach report markup.
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
        `<title>${escapeHtml(title)}</title>`,
        `<style>${STYLE}${theme === 'dark' ? DARK : ''}</style>`,
        '</head>',
        '<body>',
        '<main>',
        ...body,
        '</main>',
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

// The page is as wide as the examples' widest diagram (the stack, about 1,200 px), so that it shows
// whole on a laptop screen; paragraphs keep a readable measure all the same.
const STYLE = `
body{margin:0;background:#fff;color:#1f2933;font:15px/1.5 Helvetica,Arial,'Liberation Sans',sans-serif}
main{max-width:1260px;margin:0 auto;padding:32px 24px 64px}
p{max-width:80ch}
h1{font-size:28px;margin:0}
h2{font-size:21px;margin:40px 0 12px;padding-bottom:4px;border-bottom:2px solid #d5dbe3}
h3{font-size:16px;margin:24px 0 8px}
.r-sub{color:#5f6b7a;margin:4px 0 0}
.r-verdict{max-width:none;font-size:17px;font-weight:bold;margin:20px 0;padding:12px 16px;border-left:5px solid}
.r-aligned{border-color:#3f8d53;background:#e0f2e5}
.r-misaligned{border-color:#c62828;background:#fbe9e9}
table{border-collapse:collapse;margin:0 0 8px}
th,td{text-align:left;vertical-align:top;padding:4px 12px 4px 0}
.r-summary th{font-weight:normal;color:#5f6b7a;padding-right:24px}
.r-grid td,.r-grid th{border-bottom:1px solid #e4e8ee;padding:4px 12px 4px 4px}
.r-grid tr:first-child th{border-bottom:2px solid #d5dbe3}
.r-grid td:not(:first-child):not(:last-child){white-space:nowrap}
.r-findings{width:100%}
.r-where{width:30%;font-family:monospace;font-size:13px;overflow-wrap:anywhere}
code{font-size:13px;white-space:nowrap}
.r-note{color:#5f6b7a;margin:4px 0 0}
.r-error{color:#c62828}.r-warning{color:#a35400}.r-info{color:#1e67ad}
figure{margin:24px 0 32px;break-inside:avoid}
figcaption h3{margin:0}
figcaption p{margin:2px 0 8px;color:#5f6b7a}
figure svg{display:block;border:1px solid #e4e8ee}
.r-scroll{overflow-x:auto}
@media print{figure svg{max-width:100%;height:auto}}
`;

const DARK = `
body{background:#1e1f22;color:#e6e9ee}
h2,.r-grid tr:first-child th{border-color:#3b4048}
.r-sub,.r-summary th,figcaption p,.r-note{color:#9aa5b1}
.r-aligned{background:#1f3a27;border-color:#6cc184}
.r-misaligned{background:#40232a;border-color:#ff6b6b}
.r-grid td,.r-grid th,figure svg{border-color:#3b4048}
.r-error{color:#ff6b6b}.r-warning{color:#ffb74d}.r-info{color:#64b5f6}
`;
