import type { Theme } from '@svc-lang/diagram';
import type { ReportEntry } from '../format/report.js';
import type { IndicatorSection } from '../format/indicators.js';
import { escapeHtml } from './escape.js';
import { page } from './html-page.js';
import type { DiagramEntry, FindingGroup, ReportContent } from './content.js';
import type { ProseSection } from './perception.js';

/**
 * The report as one self-contained HTML page: no script, no external resource, the diagrams'
 * SVG inline. Every string from the content is user text (names, titles, messages, paths) and
 * goes through `escapeHtml`; the only markup not written here is the SVG, which the diagram
 * package writes with its own escaping.
 *
 * Reading order serves readers who cannot see the diagrams: the verdict and summary, the
 * findings, the indicators, then the diagrams, each followed by the findings about what it shows.
 * Every link is to a fragment of the page itself (ids start with `r-`, as the classes do).
 */
export function reportHtml(content: ReportContent, theme: Exclude<Theme, 'auto'>): string {
    const ids = findingIds(content.findings);
    const body = [
        '<a class="r-skip" href="#r-main">Skip to the report</a>',
        `<header><h1>${escapeHtml(content.title)}</h1><p class="r-sub">${escapeHtml(content.subtitle)}</p></header>`,
        contents(content),
        '<main id="r-main">',
        '<h2 id="r-summary">Summary</h2>',
        `<p class="r-verdict ${content.aligned ? 'r-aligned' : 'r-misaligned'}">${escapeHtml(content.verdict)}</p>`,
        summary(content),
        '<h2 id="r-findings">Findings</h2>',
        ...(content.findings.length === 0 ? ['<p>No rule reports anything.</p>'] : content.findings.map(group => findingTable(group, ids))),
        ...(content.omitted === undefined ? [] : [`<p>${escapeHtml(content.omitted)}</p>`]),
        '<h2 id="r-indicators">Indicators</h2>',
        prose(content.perceptionGap),
        ...content.indicators.map(indicatorTable),
        '<h2 id="r-diagrams">Diagrams</h2>',
        ...content.diagrams.map((diagram, index) => figure(diagram, diagramId(index), aboutDiagram(diagram, content.findings), ids)),
        '</main>'
    ];
    return page(content.title, theme, body);
}

/** The table of contents: the sections, and each diagram by its heading. */
function contents(content: ReportContent): string {
    const link = (id: string, text: string) => `<li><a href="#${id}">${escapeHtml(text)}</a>`;
    const diagrams = content.diagrams.map((diagram, index) => `${link(diagramId(index), diagram.heading)}</li>`);
    return [
        '<nav class="r-toc" aria-labelledby="r-toc"><h2 id="r-toc">Contents</h2><ol>',
        `${link('r-summary', 'Summary')}</li>${link('r-findings', 'Findings')}</li>${link('r-indicators', 'Indicators')}</li>`,
        `${link('r-diagrams', 'Diagrams')}<ol>${diagrams.join('')}</ol></li>`,
        '</ol></nav>'
    ].join('');
}

function diagramId(index: number): string {
    return `r-d${index + 1}`;
}

/** Each listed finding's row id, so that a diagram's findings can link to it. */
function findingIds(groups: readonly FindingGroup[]): Map<ReportEntry, string> {
    const entries = groups.flatMap(group => group.entries);
    return new Map(entries.map((entry, index) => [entry, `r-f${index + 1}`]));
}

/** The findings on the declarations a diagram draws, in report order. */
function aboutDiagram(diagram: DiagramEntry, groups: readonly FindingGroup[]): ReportEntry[] {
    const drawn = new Set(diagram.elements);
    return groups.flatMap(group => group.entries.filter(entry => entry.finding.element !== undefined && drawn.has(entry.finding.element)));
}

function summary(content: ReportContent): string {
    const rows = content.summary.map(item => `<tr><th scope="row">${escapeHtml(item.label)}</th><td>${escapeHtml(item.value)}</td></tr>`);
    return `<table class="r-summary">${rows.join('')}</table>`;
}

/**
 * A diagram scaled to the column (its SVG has a viewBox), with a link to show it at full size
 * (the figure as the page's target; the page then scrolls sideways, so no inner box scrolls).
 * The SVG is named by the heading and described by its own summary, the caption and the findings under it.
 */
function figure(diagram: DiagramEntry, id: string, findings: readonly ReportEntry[], ids: ReadonlyMap<ReportEntry, string>): string {
    const name = escapeHtml(diagram.heading);
    return [
        `<figure class="r-figure" id="${id}">`,
        `<figcaption><h3 id="${id}-h">${name}</h3><p id="${id}-c">${escapeHtml(diagram.caption)}</p></figcaption>`,
        `<p class="r-size"><a class="r-full" href="#${id}">Show ${name} at full size</a><a class="r-fit" href="#${id}-h">Fit ${name} to the page</a></p>`,
        labelled(diagram.svg.trimEnd(), `${id}-h`, `${id}-c ${id}-f`),
        diagramFindings(findings, `${id}-f`, ids),
        '</figure>'
    ].join('\n');
}

/**
 * The SVG root (an image) named by the figure's heading and described by what the SVG says of
 * itself (its `<desc>`, when it names one), then the caption and the findings under it. The
 * SVG's own references are replaced, not repeated: a duplicate attribute is a parse error.
 */
function labelled(svg: string, heading: string, described: string): string {
    return svg.replace(/^<svg\b[^>]*>/, root => {
        const own = / aria-describedby="([^"]*)"/.exec(root)?.[1];
        const rest = root.slice('<svg'.length).replace(/ aria-(?:labelledby|describedby)="[^"]*"/g, '');
        return `<svg aria-labelledby="${heading}" aria-describedby="${own === undefined ? '' : `${own} `}${described}"${rest}`;
    });
}

function diagramFindings(findings: readonly ReportEntry[], id: string, ids: ReadonlyMap<ReportEntry, string>): string {
    if (findings.length === 0) return `<p class="r-about" id="${id}">No finding concerns what this diagram shows.</p>`;
    const items = findings.map(entry => {
        const { severity, rule, message } = entry.finding;
        return `<li><a href="#${ids.get(entry)!}">${SEVERITY[severity]}: ${escapeHtml(message)}</a> (<code>${escapeHtml(rule)}</code>)</li>`;
    });
    return `<div class="r-about" id="${id}"><p>Findings on what this diagram shows (${findings.length}):</p><ul>${items.join('')}</ul></div>`;
}

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

function prose(section: ProseSection): string {
    return [`<h3>${escapeHtml(section.heading)}</h3>`, ...section.paragraphs.map(paragraph => `<p>${escapeHtml(paragraph)}</p>`)].join('');
}

function indicatorTable(section: IndicatorSection): string {
    const heading = `<h3>${escapeHtml(section.heading)}</h3>`;
    if (section.rows.length === 0) return `${heading}<p>${escapeHtml(section.none)}</p>`;
    const head = section.columns === undefined ? '' : `<tr>${section.columns.map(column => `<th scope="col">${escapeHtml(column)}</th>`).join('')}</tr>`;
    // A row shorter than the table (a long figure in one cell) spans the rest, rather than widening a column of short ones.
    const width = Math.max(...section.rows.map(row => row.length));
    const cell = (text: string, i: number, row: readonly string[]) => {
        const span = i === row.length - 1 && row.length < width ? ` colspan="${width - i}"` : '';
        // The first cell names what the row is about (a service, an assessment, a property): its header.
        return i === 0 && row.length > 1 ? `<th scope="row"${span}>${escapeHtml(text)}</th>` : `<td${span}>${escapeHtml(text)}</td>`;
    };
    const rows = section.rows.map(row => `<tr>${row.map((text, i) => cell(text, i, row)).join('')}</tr>`);
    const note = section.note === undefined ? '' : `<p class="r-note">${escapeHtml(section.note)}</p>`;
    return `${heading}<table class="r-grid">${head}${rows.join('')}</table>${note}`;
}

function findingTable(group: FindingGroup, ids: ReadonlyMap<ReportEntry, string>): string {
    const head = '<tr><th scope="col">Where</th><th scope="col">Rule</th><th scope="col">Message</th></tr>';
    const rows = group.entries.map(entry => entryRow(entry, ids.get(entry)!));
    return `<h3 class="r-${group.severity}">${escapeHtml(group.heading)} (${group.entries.length})</h3><table class="r-grid r-findings">${head}${rows.join('')}</table>`;
}

function entryRow(entry: ReportEntry, id: string): string {
    const { rule, message } = entry.finding;
    return `<tr id="${id}"><td class="r-where">${escapeHtml(`${entry.file}:${entry.line}`)}</td><td><code>${escapeHtml(rule)}</code></td><td>${escapeHtml(message)}</td></tr>`;
}
