import type { Finding } from '../findings.js';
import type { Severity } from '../model.js';
import type { Settings } from './policy.js';
import type { WorkspaceIndex } from './index.js';

/** How many findings of each severity a cap left out. */
export type OmittedCounts = Record<Severity, number>;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Keeps at most `max` findings per document, errors first and then by position, and says how
 * many were left out with one `too-many-diagnostics` finding at the top of the document (unless
 * a policy switches that rule off). `findings` are sorted by document. The counts of what was
 * left out let a report's totals and exit code stay those of the whole workspace.
 */
export function capFindings(findings: Finding[], max: number, index: WorkspaceIndex, settings: Settings): { findings: Finding[]; omitted: OmittedCounts } {
    const capped: Finding[] = [];
    const omitted: OmittedCounts = { error: 0, warning: 0, info: 0 };
    for (let start = 0; start < findings.length;) {
        const uri = findings[start]!.location.uri;
        let end = start;
        while (end < findings.length && findings[end]!.location.uri === uri) end++;
        const document = findings.slice(start, end);
        if (document.length <= max) {
            for (const finding of document) capped.push(finding);
        } else {
            for (const finding of capDocument(document, max, omitted, index, settings)) capped.push(finding);
        }
        start = end;
    }
    return { findings: capped, omitted };
}

function capDocument(findings: Finding[], max: number, omitted: OmittedCounts, index: WorkspaceIndex, settings: Settings): Finding[] {
    // A stable sort by severity keeps the position order within each severity.
    const bySeverity = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    bySeverity.slice(max).forEach(finding => omitted[finding.severity]++);
    const kept = new Set(bySeverity.slice(0, max));
    const shown = findings.filter(finding => kept.has(finding));
    const uri = findings[0]!.location.uri;
    const severity = settings.severity(index.documentOf(uri)?.package ?? '', 'too-many-diagnostics');
    if (severity === 'off') return shown;
    const top = { line: 0, character: 0 };
    const summary: Finding = {
        rule: 'too-many-diagnostics',
        severity,
        message: `${findings.length - max} more diagnostics in this file are not shown (${findings.length} in all; ${max} are shown, errors first).`,
        location: { uri, range: { start: top, end: top } }
    };
    return [summary, ...shown];
}
