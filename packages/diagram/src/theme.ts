/**
 * Colours. The stylesheet names colours as `var(--svc-…)` for readability, but every colour is
 * resolved from a palette before it is written: librsvg, Inkscape and other non-browser
 * renderers do not support CSS custom properties. With theme `auto` (the default) the file
 * carries both palettes and follows the reader's `prefers-color-scheme`; renderers that ignore
 * media queries show the light theme.
 */

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export type Palette = Record<string, string>;

const LIGHT: Palette = {
    bg: '#ffffff',
    fg: '#1f2933',
    muted: '#55606e',
    grid: '#d5dbe3',
    'band-a': '#f5f7fa',
    'band-b': '#ebeff4',
    'band-line': '#cdd4dd',
    'band-label': '#3e4c59',
    'needs-band': '#fdf8ec',
    'mgmt-band': '#f1ecf7',
    hatch: '#b3bcc7',
    need: '#fff3d1',
    'need-line': '#b8862a',
    service: '#e2edfb',
    'service-line': '#4f7fbf',
    management: '#ebe3f5',
    'management-line': '#7d5fae',
    change: '#fbe3ec',
    'change-line': '#b5476f',
    gap: '#ffe8d9',
    'gap-line': '#c8692c',
    assessment: '#e0f2e5',
    'assessment-line': '#3f8d53',
    alignment: '#dcf1ef',
    'alignment-line': '#2f8a80',
    edge: '#66727f',
    'edge-manages': '#7d5fae',
    'edge-addresses': '#a07220',
    'edge-aligns': '#2f8a80',
    error: '#c62828',
    warning: '#a35400',
    info: '#1e67ad',
    'glyph-fg': '#ffffff',
    requires: '#c8692c',
    expects: '#7d5fae',
    commits: '#2f6db5',
    experienced: '#2e8b57',
    'it-view': '#b03a48',
    surplus: '#4f7fbf',
    shortfall: '#bd6226',
    tolerance: '#fff0c2',
    open: '#f3e2b3'
};

const DARK: Palette = {
    bg: '#1e1f22',
    fg: '#e6e9ee',
    muted: '#9aa5b1',
    grid: '#3b4048',
    'band-a': '#25282d',
    'band-b': '#2c3036',
    'band-line': '#434a54',
    'band-label': '#c5ccd6',
    'needs-band': '#2d2a21',
    'mgmt-band': '#2c2736',
    hatch: '#59636f',
    need: '#3d3321',
    'need-line': '#d8b25a',
    service: '#1f3350',
    'service-line': '#6f9fe0',
    management: '#33294a',
    'management-line': '#a98ad8',
    change: '#40232f',
    'change-line': '#e07aa0',
    gap: '#42291a',
    'gap-line': '#f09a5c',
    assessment: '#1f3a27',
    'assessment-line': '#6cc184',
    alignment: '#183a37',
    'alignment-line': '#5cc4b8',
    edge: '#8d99a8',
    'edge-manages': '#a98ad8',
    'edge-addresses': '#d8b25a',
    'edge-aligns': '#5cc4b8',
    error: '#ff6b6b',
    warning: '#ffb74d',
    info: '#64b5f6',
    'glyph-fg': '#1e1f22',
    requires: '#f09a5c',
    expects: '#b39ddb',
    commits: '#64b5f6',
    experienced: '#81c784',
    'it-view': '#ef8a96',
    surplus: '#5b8bcb',
    shortfall: '#c4733a',
    tolerance: '#3d3521',
    open: '#4a3f24'
};

export const PALETTES = { light: LIGHT, dark: DARK } as const;

const NODE_KINDS = ['need', 'service', 'management', 'change', 'gap', 'assessment', 'alignment'] as const;
const SEVERITIES = ['error', 'warning', 'info'] as const;
const SERIES_COLOURS = ['requires', 'expects', 'commits', 'experienced', 'it-view'] as const;

/** A foreground colour drawn on a fill, by palette name, and the contrast it needs (WCAG 2.2: 1.4.3, 1.4.11). */
export interface ContrastPair {
    fg: string;
    bg: string;
    /** Text needs 4.5:1; a mark that carries meaning (a glyph, a flag, a line, a bar) 3:1. */
    kind: 'text' | 'graphic';
}

/** What text sits on: the canvas, the bands and column stripes, every kind of box, the tolerance zone of the gap chart. */
const TEXT_FILLS = ['bg', 'band-a', 'band-b', 'needs-band', 'mgmt-band', ...NODE_KINDS, 'tolerance'];
/** What edges run on: the canvas and the bands, between the boxes. */
const CANVAS_FILLS = ['bg', 'band-a', 'band-b', 'needs-band', 'mgmt-band'];

function pairs(fgs: readonly string[], bgs: readonly string[], kind: ContrastPair['kind']): ContrastPair[] {
    return fgs.flatMap(fg => bgs.map(bg => ({ fg, bg, kind })));
}

/**
 * Every colour pair the rules below draw, so that the contrast test checks a colour as soon as
 * it changes: text on each fill; a glyph and a flagged outline on each fill (glyphs sit in boxes
 * and beside bars); the glyph's inner sign on its body; edges on the canvas and bands; the
 * radar's series, the due caret, the zero axis and the outlines of the time line's bars (their
 * fills are pale) on the canvas; the gap chart's bars on the canvas and in the tolerance zone.
 */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
    ...pairs(['fg', 'muted', 'band-label'], TEXT_FILLS, 'text'),
    ...pairs(SEVERITIES, TEXT_FILLS, 'graphic'),
    ...SEVERITIES.map((severity): ContrastPair => ({ fg: 'glyph-fg', bg: severity, kind: 'graphic' })),
    // Not the hatch of an empty band: a texture only; the band says "no services at this level" in words.
    ...pairs(['edge', 'edge-manages', 'edge-addresses', 'edge-aligns'], CANVAS_FILLS, 'graphic'),
    ...pairs([...SERIES_COLOURS, 'muted', 'need-line', 'change-line'], ['bg'], 'graphic'),
    ...pairs(['surplus', 'shortfall'], ['bg', 'tolerance'], 'graphic')
];

/**
 * The colours no pair checks, because no meaning rests on them alone: grid lines, band borders
 * and the hatch (the band says it is empty in words), box outlines (the text inside names the
 * box), the open bar's fill (its outline and chevron say it runs on). A colour in neither list
 * fails the contrast test, so a new one is placed deliberately.
 */
export const DECORATION: readonly string[] = ['grid', 'band-line', 'hatch', 'open', ...NODE_KINDS.map(kind => `${kind}-line`)];

/** The rules with each `var(--svc-name)` replaced by the palette's colour. */
function resolve(rules: string, palette: Palette): string {
    return rules.replace(/var\(--svc-([a-z-]+)\)/g, (_, name: string) => palette[name]!);
}

const FONT = "font-family:Helvetica,Arial,'Liberation Sans',sans-serif";

/** Which elements take which colour; the same for both themes. */
const RULES = `
.svc-diagram{${FONT}}
.background{fill:var(--svc-bg)}
text{fill:var(--svc-fg)}
text.muted{fill:var(--svc-muted)}
.band>.box{fill:var(--svc-band-a);stroke:var(--svc-band-line)}
.band.alt>.box{fill:var(--svc-band-b)}
.band.needs>.box{fill:var(--svc-needs-band)}
.band.management>.box{fill:var(--svc-mgmt-band)}
text.band-label{fill:var(--svc-band-label)}
.hatched{stroke:none}
.hatch-line{stroke:var(--svc-hatch);stroke-width:1.5}
.node>.box{stroke-width:1.2}
${NODE_KINDS.map(kind => `.node.${kind}>.box{fill:var(--svc-${kind});stroke:var(--svc-${kind}-line)}`).join('\n')}
.edge>.line{fill:none;stroke:var(--svc-edge);stroke-width:1.3}
.edge>.head{fill:var(--svc-edge)}
${['manages', 'addresses', 'aligns']
    .map(relation => `.edge.${relation}>.line{stroke:var(--svc-edge-${relation})}\n.edge.${relation}>.head{fill:var(--svc-edge-${relation})}`)
    .join('\n')}
.edge.manages>.line{stroke-width:1}
.edge.aligns>.line{stroke-dasharray:1.5 2.5}
.axis,.grid{fill:none;stroke:var(--svc-grid);stroke-width:1}
.axis.zero{stroke:var(--svc-muted)}
${SERIES_COLOURS.map(
    s => `.${s} .series{stroke:var(--svc-${s})}\n.${s} .dot{fill:var(--svc-${s});stroke:var(--svc-bg)}\n.${s} .area{fill:var(--svc-${s})}`
).join('\n')}
.series{fill:none;stroke-width:2}
.series.area{stroke:none;opacity:0.15}
.requires .series{stroke-dasharray:7 4}
.expects .series{stroke-dasharray:2 3}
.experienced .series{stroke-width:3}
.it-view .series{stroke-dasharray:8 3 2 3}
.bar.surplus>.box,.bar.perception.underrated>.box{fill:var(--svc-surplus)}
.bar.shortfall>.box,.bar.perception.overrated>.box{fill:var(--svc-shortfall)}
.bar.perception>.box{stroke:var(--svc-fg);stroke-width:0.8}
.tolerance,.legend-tolerance>.box{fill:var(--svc-tolerance)}
.span.need>.box{fill:var(--svc-need);stroke:var(--svc-need-line)}
.span.change>.box{fill:var(--svc-change);stroke:var(--svc-change-line)}
.span>.box.planning{fill-opacity:0.4;stroke-dasharray:3 2}
.decided{stroke:var(--svc-fg);stroke-width:1.5}
.span.open>.box{fill:var(--svc-open);stroke:none}
.span.open>.outline{fill:none;stroke:var(--svc-need-line);stroke-dasharray:4 3}
.open-end{fill:none;stroke:var(--svc-need-line);stroke-width:1.5}
.due{fill:var(--svc-muted)}
.response{fill:var(--svc-alignment-line)}
.glyph-error{fill:var(--svc-error)}
.glyph-warning{fill:var(--svc-warning)}
.glyph-info{fill:var(--svc-info)}
.glyph-mark{stroke:var(--svc-glyph-fg);fill:var(--svc-glyph-fg);stroke-width:1.6;stroke-linecap:round}
${SEVERITIES.map(s => flaggedRule(s)).join('\n')}
.span.open.flagged>.box{stroke:none}
`;

/** A flagged shape: the severity's colour, a dash pattern, a heavier line (and a glyph, drawn by the view). */
function flaggedRule(severity: 'error' | 'warning' | 'info'): string {
    const dash = { error: '6 3', warning: '4 3', info: '2 3' }[severity];
    const line = `stroke:var(--svc-${severity});stroke-dasharray:${dash};stroke-width:2`;
    return [
        `.flagged.severity-${severity}>.box,.flagged.severity-${severity}>.line,.flagged.severity-${severity}>.response,.flagged.severity-${severity}>.outline{${line}}`,
        `.flagged.severity-${severity}>.head{fill:var(--svc-${severity})}`,
        `.flagged.severity-${severity}>.halo{fill:none;${line}}`
    ].join('\n');
}

/** The stylesheet for a theme; `auto` carries both palettes, dark behind a media query. */
export function stylesheet(theme: Theme): string {
    const first = resolve(RULES, theme === 'dark' ? DARK : LIGHT);
    const dark = theme === 'auto' ? `@media (prefers-color-scheme: dark){${resolve(RULES, DARK)}}` : '';
    return `${first}${dark}`;
}
