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
 */
export function reportHtml(content: ReportContent, theme: Exclude<Theme, 'auto'>): string {
    const body = [
        `<header><h1>${escapeHtml(content.title)}</h1><p class="r-sub">${escapeHtml(content.subtitle)}</p></header>`,
        `<p class="r-verdict ${content.aligned ? 'r-aligned' : 'r-misaligned'}">${escapeHtml(content.verdict)}</p>`,
        summary(content),
        '<h2>Diagrams</h2>',
        ...content.diagrams.map(figure),
        '<h2>Indicators</h2>',
        prose(content.perceptionGap),
        ...content.indicators.map(indicatorTable),
        '<h2>Findings</h2>',
        ...(content.findings.length === 0 ? ['<p>No rule reports anything.</p>'] : content.findings.map(findingTable)),
        ...(content.omitted === undefined ? [] : [`<p>${escapeHtml(content.omitted)}</p>`])
    ];
    return page(content.title, theme, body);
}

function summary(content: ReportContent): string {
    const rows = content.summary.map(item => `<tr><th scope="row">${escapeHtml(item.label)}</th><td>${escapeHtml(item.value)}</td></tr>`);
    return `<table class="r-summary">${rows.join('')}</table>`;
}

function figure(diagram: DiagramEntry): string {
    return [
        '<figure>',
        `<figcaption><h3>${escapeHtml(diagram.heading)}</h3><p>${escapeHtml(diagram.caption)}</p></figcaption>`,
        // Wide diagrams (a large stack) scroll rather than shrink until their text is unreadable.
        `<div class="r-scroll">${diagram.svg.trimEnd()}</div>`,
        '</figure>'
    ].join('\n');
}

function prose(section: ProseSection): string {
    return [`<h3>${escapeHtml(section.heading)}</h3>`, ...section.paragraphs.map(paragraph => `<p>${escapeHtml(paragraph)}</p>`)].join('');
}

function indicatorTable(section: IndicatorSection): string {
    const heading = `<h3>${escapeHtml(section.heading)}</h3>`;
    if (section.rows.length === 0) return `${heading}<p>${escapeHtml(section.none)}</p>`;
    const head = section.columns === undefined ? '' : `<tr>${section.columns.map(column => `<th>${escapeHtml(column)}</th>`).join('')}</tr>`;
    // A row shorter than the table (a long figure in one cell) spans the rest, rather than widening a column of short ones.
    const width = Math.max(...section.rows.map(row => row.length));
    const cell = (text: string, i: number, row: readonly string[]) => {
        const span = i === row.length - 1 && row.length < width ? ` colspan="${width - i}"` : '';
        return `<td${span}>${escapeHtml(text)}</td>`;
    };
    const rows = section.rows.map(row => `<tr>${row.map((text, i) => cell(text, i, row)).join('')}</tr>`);
    const note = section.note === undefined ? '' : `<p class="r-note">${escapeHtml(section.note)}</p>`;
    return `${heading}<table class="r-grid">${head}${rows.join('')}</table>${note}`;
}

function findingTable(group: FindingGroup): string {
    const head = '<tr><th>Where</th><th>Rule</th><th>Message</th></tr>';
    const rows = group.entries.map(entryRow);
    return `<h3 class="r-${group.severity}">${escapeHtml(group.heading)} (${group.entries.length})</h3><table class="r-grid r-findings">${head}${rows.join('')}</table>`;
}

function entryRow(entry: ReportEntry): string {
    const { rule, message } = entry.finding;
    return `<tr><td class="r-where">${escapeHtml(`${entry.file}:${entry.line}`)}</td><td><code>${escapeHtml(rule)}</code></td><td>${escapeHtml(message)}</td></tr>`;
}
