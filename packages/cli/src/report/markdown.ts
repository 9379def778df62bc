import type { IndicatorSection } from '../format/indicators.js';
import type { ReportEntry } from '../format/report.js';
import type { DiagramEntry, ReportContent } from './content.js';
import { escapeMarkdown } from './escape.js';
import type { ProseSection } from './perception.js';
import { REPORT_MARKER } from './marker.js';

/**
 * The report as Markdown. The diagrams are SVG files in a folder beside it, linked by relative
 * paths: GitHub does not show `data:` images in Markdown and strips inline `<svg>`, while both
 * GitHub and VS Code's preview show a linked .svg file (GitHub through an <img>, which also keeps
 * the diagram's stylesheet to itself). `folder` is that folder's name, relative to the report.
 */
export function reportMarkdown(content: ReportContent, folder: string): string {
    const lines = [
        REPORT_MARKER,
        `# ${escapeMarkdown(content.title)}`,
        '',
        `_${escapeMarkdown(content.subtitle)}_`,
        '',
        `**${escapeMarkdown(content.verdict)}**`,
        '',
        '| | |',
        '|---|---|',
        ...content.summary.map(item => `| ${escapeMarkdown(item.label)} | ${escapeMarkdown(item.value)} |`),
        '',
        '## Diagrams',
        ...content.diagrams.flatMap(diagram => figure(diagram, folder)),
        '',
        '## Indicators',
        ...prose(content.perceptionGap),
        ...content.indicators.flatMap(indicatorTable),
        '',
        '## Findings',
        '',
        ...(content.findings.length === 0 ? ['No rule reports anything.'] : content.findings.flatMap(group => findingTable(group.heading, group.entries))),
        ...(content.omitted === undefined ? [] : ['', escapeMarkdown(content.omitted)])
    ];
    return `${lines.join('\n')}\n`;
}

function figure(diagram: DiagramEntry, folder: string): string[] {
    // Each path segment percent-encoded, parentheses too (encodeURIComponent keeps them): a folder
    // named `a)-diagrams` must not end the link early.
    const link = [folder, diagram.file].map(segment => encodeURIComponent(segment).replace(/\(/g, '%28').replace(/\)/g, '%29')).join('/');
    return ['', `### ${escapeMarkdown(diagram.heading)}`, '', escapeMarkdown(diagram.caption), '', `![${escapeMarkdown(diagram.heading)}](${link})`];
}

function prose(section: ProseSection): string[] {
    return ['', `### ${escapeMarkdown(section.heading)}`, ...section.paragraphs.flatMap(paragraph => ['', escapeMarkdown(paragraph)])];
}

function indicatorTable(section: IndicatorSection): string[] {
    const heading = ['', `### ${escapeMarkdown(section.heading)}`, ''];
    if (section.rows.length === 0) return [...heading, escapeMarkdown(section.none)];
    const width = Math.max(...section.rows.map(row => row.length));
    // A Markdown table needs a header row; where the cells describe themselves, it stays empty.
    const head = section.columns === undefined ? `|${' |'.repeat(width)}` : `| ${section.columns.map(escapeMarkdown).join(' | ')} |`;
    const note = section.note === undefined ? [] : ['', escapeMarkdown(section.note)];
    return [...heading, head, `|${'---|'.repeat(width)}`, ...section.rows.map(row => `| ${row.map(escapeMarkdown).join(' | ')} |`), ...note];
}

function findingTable(heading: string, entries: readonly ReportEntry[]): string[] {
    return [
        `### ${escapeMarkdown(heading)} (${entries.length})`,
        '',
        '| Where | Rule | Message |',
        '|---|---|---|',
        ...entries.map(
            entry => `| ${escapeMarkdown(`${entry.file}:${entry.line}`)} | ${escapeMarkdown(entry.finding.rule)} | ${escapeMarkdown(entry.finding.message)} |`
        ),
        ''
    ];
}
