import type { Severity } from '@svc-lang/core';
import { reportEntries, type Formatter, type ReportEntry } from './report.js';
import { visible } from '../visible.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions workflow commands: one annotation per finding, nothing else. */
export const formatGithub: Formatter = (findings, _summary, context) => reportEntries(findings, context.cwd).map(annotation).join('\n');

function annotation(entry: ReportEntry): string {
    const properties = [
        ['file', visible(entry.file)],
        ['line', entry.line],
        ['col', entry.column],
        ['endLine', entry.endLine],
        ['endColumn', entry.endColumn],
        ['title', entry.finding.rule]
    ].map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    // The runner's log is a terminal too: escapes are shown, but a message keeps its line breaks.
    const message = entry.finding.message.split('\n').map(visible).join('\n');
    return `::${COMMAND[entry.finding.severity]} ${properties.join(',')}::${escapeData(message)}`;
}

/** GitHub's escaping for a command's message: `%` first, so the escapes themselves survive. */
export function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values additionally may not hold the `:` and `,` that delimit them. */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
