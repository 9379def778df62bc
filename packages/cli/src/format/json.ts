import { reportEntries, type Formatter, type ReportEntry } from './report.js';

/** The machine-readable report: positions 1-based, `endColumn` exclusive (as in SARIF). */
export const formatJson: Formatter = (findings, summary, context) => {
    const report = {
        diagnostics: reportEntries(findings, context.cwd).map(diagnostic),
        summary,
        indicators: context.indicators ?? null
    };
    return JSON.stringify(report, null, 2);
};

/** One finding as the json report and `svc export --format json` write it. */
export function diagnostic(entry: ReportEntry) {
    const { severity, rule, message, element } = entry.finding;
    return {
        file: entry.file,
        line: entry.line,
        column: entry.column,
        endLine: entry.endLine,
        endColumn: entry.endColumn,
        severity,
        rule,
        message,
        element: element ?? null
    };
}
