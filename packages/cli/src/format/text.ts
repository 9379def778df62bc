import type { Severity } from '@svc-lang/core';
import { painter, type Paint, type Style } from './ansi.js';
import { formatIndicators } from './indicators.js';
import { reportEntries, type Formatter, type ReportEntry, type Summary } from './report.js';
import { visible } from '../visible.js';

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** `path:line:col severity message [rule]` lines, a blank line, the summary, then any indicators. */
export const formatText: Formatter = (findings, summary, context) => {
    const paint = painter(context.colour ?? false);
    const lines = reportEntries(findings, context.cwd).map(entry => diagnosticLine(entry, paint));
    if (lines.length > 0) {
        lines.push('');
    }
    lines.push(summaryLine(summary, paint));
    if (context.indicators) {
        lines.push('', ...formatIndicators(context.indicators, paint, context.titles));
    }
    return lines.join('\n');
};

function diagnosticLine(entry: ReportEntry, paint: Paint): string {
    const { severity, message, rule } = entry.finding;
    const place = `${visible(entry.file)}:${entry.line}:${entry.column}`;
    // One line per finding, so that grep and problem matchers see each whole; what the file
    // holds (a quoted token, a name) is shown, never obeyed by the terminal.
    const oneLine = visible(message.replace(/\s*\n\s*/g, ' '));
    return `${place} ${paint(SEVERITY_STYLE[severity], severity)} ${oneLine} ${paint('dim', `[${rule}]`)}`;
}

function summaryLine(summary: Summary, paint: Paint): string {
    const files = plural(summary.files, 'file');
    if (summary.errors + summary.warnings + summary.infos === 0) {
        return paint('green', `✔ no problems in ${files}`);
    }
    const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.infos, 'info')];
    const style: Style = summary.errors > 0 ? 'red' : 'yellow';
    return paint(style, `✖ ${counts.join(', ')} in ${files}`);
}

export function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
