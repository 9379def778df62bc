import { simpleName, type Finding, type Indicators, type OmittedCounts, type Severity, type WorkspaceModel } from '@svc-lang/core';
import { signed } from '@svc-lang/diagram';
import { declarationTitles, indicatorSections, type IndicatorSection } from '../format/indicators.js';
import { reportEntries, type ReportEntry } from '../format/report.js';
import { plural } from '../format/text.js';
import { serviceLabels } from './labels.js';
import { perceptionGapSection, type ProseSection } from './perception.js';
import { semSections } from './sem.js';

/**
 * What a report says, before it is HTML or Markdown: plain strings (never markup) that each
 * writer escapes for its own format, so both documents say the same and neither trusts the other.
 */
export interface ReportContent {
    title: string;
    /** What was read and when: "3 specification files in examples/org1 · generated on 2026-11-26". */
    subtitle: string;
    /** The alignment state in one sentence, and the figures behind it. */
    verdict: string;
    aligned: boolean;
    summary: SummaryItem[];
    /** In plain words, first among the indicators: how IT's view and the business's experience differ. */
    perceptionGap: ProseSection;
    indicators: IndicatorSection[];
    findings: FindingGroup[];
    /** Set when findings were left out (more than 1,000 in a file). */
    omitted?: string;
    diagrams: DiagramEntry[];
}

export interface SummaryItem {
    label: string;
    value: string;
}

export interface FindingGroup {
    severity: Severity;
    heading: string;
    entries: ReportEntry[];
}

export interface DiagramEntry {
    /** The file name a Markdown report links to: `stack.svg`, `profile-org1.it.Orders.svg`. */
    file: string;
    heading: string;
    /** What the picture shows, for a reader who has not seen the notation. */
    caption: string;
    svg: string;
    /** The qualified names of the declarations it draws: the findings on them are listed under it. */
    elements: string[];
}

export interface ReportInput {
    files: number;
    /** The paths given on the command line, as given. */
    sources: readonly string[];
    today: string;
    model: WorkspaceModel;
    findings: readonly Finding[];
    indicators: Indicators;
    /** Findings left out of `findings` (a file had more than 1,000): counted, not listed. */
    omitted: OmittedCounts;
    diagrams: DiagramEntry[];
    cwd: string;
}

const GROUPS: ReadonlyArray<[Severity, string]> = [
    ['error', 'Errors'],
    ['warning', 'Warnings'],
    ['info', 'Notes']
];

export function reportContent(input: ReportInput): ReportContent {
    const entries = reportEntries(input.findings, input.cwd);
    const findings = GROUPS.map(([severity, heading]) => ({ severity, heading, entries: entries.filter(entry => entry.finding.severity === severity) }));
    const counts = (severity: Severity) => findings.find(group => group.severity === severity)!.entries.length + input.omitted[severity];
    const omitted = input.omitted.error + input.omitted.warning + input.omitted.info;
    const label = serviceLabels(input.model);
    return {
        title: 'Service alignment report',
        subtitle: `${plural(input.files, 'specification file')} in ${input.sources.join(', ')} · generated on ${input.today}`,
        ...verdict(input.indicators, counts('error')),
        summary: summary(input.indicators, counts, label),
        perceptionGap: perceptionGapSection(input.indicators, label),
        indicators: [...indicatorSections(input.indicators, declarationTitles(input.model)), ...semSections(input.indicators, label)],
        findings: findings.filter(group => group.entries.length > 0),
        ...(omitted > 0 ? { omitted: `${plural(omitted, 'further finding')} not listed (a file had more than 1,000).` } : {}),
        diagrams: input.diagrams
    };
}

/** The question a business reader opens the report with: are business and IT aligned? */
function verdict({ coverage }: Indicators, errors: number): Pick<ReportContent, 'verdict' | 'aligned'> {
    const uncovered = coverage.needs.total - coverage.needs.count;
    if (errors === 0 && uncovered === 0)
        return { aligned: true, verdict: 'Aligned: every business need is covered by a service, and no rule reports an error.' };
    const reasons = [
        uncovered > 0 ? `${plural(uncovered, 'business need')} ${uncovered === 1 ? 'is' : 'are'} not covered by any service` : '',
        errors > 0 ? `${plural(errors, 'error')} found` : ''
    ].filter(Boolean);
    return { aligned: false, verdict: `Not aligned: ${reasons.join('; ')}.` };
}

function summary(
    { coverage, agility, alignmentEffect, sem }: Indicators,
    count: (severity: Severity) => number,
    label: (service: string) => string
): SummaryItem[] {
    const { median, p90, responded, open } = agility.overall;
    const widest = sem.reduce<(typeof sem)[number] | undefined>((a, b) => (b.pg !== undefined && (a === undefined || b.pg > a.pg!) ? b : a), undefined);
    return [
        { label: 'Business needs covered', value: ratio(coverage.needs) },
        { label: 'Stack levels with a service', value: ratio({ count: coverage.levels.populated, total: coverage.levels.total }) },
        { label: 'Commitments assessed', value: ratio(coverage.commitments) },
        {
            label: 'Changes and gaps answered',
            value: ratio({ count: coverage.changes.count + coverage.gaps.count, total: coverage.changes.total + coverage.gaps.total })
        },
        {
            label: 'Median days to respond',
            value: median === undefined ? '—' : `${median} (90% within ${p90}) · ${responded} responded, ${open} still open (counted at their age)`
        },
        {
            label: 'Largest perception gap (IT − business)',
            value: widest === undefined ? '—' : `${signed(widest.pg!)} on ${simpleName(widest.property)} of ${label(widest.service)}`
        },
        { label: 'Claimed alignment effect on TBE', value: effectTotal(alignmentEffect.flatMap(entry => (entry.claimed ? [entry.claimed.effect] : []))) },
        { label: 'Measured alignment effect on TBE', value: effectTotal(alignmentEffect.flatMap(entry => (entry.measured ? [entry.measured.effect] : []))) },
        { label: 'Findings', value: `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}` }
    ];
}

/** The sum of the alignments' effects, and over how many. */
function effectTotal(effects: readonly number[]): string {
    if (effects.length === 0) return '—';
    const total = Math.round(effects.reduce((sum, value) => sum + value, 0) * 100) / 100;
    return `${signed(total)} over ${plural(effects.length, 'alignment')}`;
}

function ratio({ count, total }: { count: number; total: number }): string {
    return total === 0 ? 'none declared' : `${count} of ${total} (${Math.round((count / total) * 100)}%)`;
}
