import type { Indicators } from '@svc/core';
import type { Paint } from './ansi.js';

// Named through Indicators, the one name core promises, rather than by core's part names.
type Ratio = Indicators['coverage']['needs'];
type TbeIndicator = Indicators['tbe'][number];
type AgilityStats = Indicators['agility']['overall'];

/**
 * The indicators as an architect reads them after the diagnostics: coverage, total business
 * experience, agility and alignment effects, each a heading and an aligned table. The full
 * detail (SEM gaps, agility samples) is in the json report.
 */
export function formatIndicators(indicators: Indicators, paint: Paint): string[] {
    return [paint('bold', 'Indicators'), ...indicatorSections(indicators).flatMap(section => formatSection(paint, section))];
}

/**
 * One table of indicators: rows of self-describing cells (`C 36`), or `none` when there are no
 * rows. A table whose cells are bare values names its columns instead (documents only).
 */
export interface IndicatorSection {
    heading: string;
    columns?: string[];
    rows: string[][];
    none: string;
    /** A line under the table. */
    note?: string;
}

/** The sections every report shows (the text report, the HTML and Markdown documents), in order. */
export function indicatorSections(indicators: Indicators): IndicatorSection[] {
    return [
        { heading: 'Coverage', rows: coverageRows(indicators), none: '' },
        { heading: 'Total business experience (TBE = C × M / 100)', rows: indicators.tbe.map(tbeRow), none: 'no assessments' },
        { heading: 'Agility (days from need raised or change to response)', rows: agilityRows(indicators), none: 'no responses dated' },
        { heading: 'Alignment effect (TBE after − before)', rows: effectRows(indicators), none: 'no alignment records tbe before … after …' }
    ];
}

function formatSection(paint: Paint, { heading, rows, none }: IndicatorSection): string[] {
    return ['', `  ${paint('bold', heading)}`, ...(rows.length > 0 ? table(rows) : [none]).map(line => `    ${line}`)];
}

function coverageRows({ coverage }: Indicators): string[][] {
    const { levels } = coverage;
    const empty = levels.empty.length > 0 ? `empty: ${levels.empty.join(', ')}` : '';
    return [
        ['needs covered', ratio(coverage.needs)],
        ['stack levels populated', ratio({ count: levels.populated, total: levels.total, share: levels.share }), empty],
        ['commitments assessed', ratio(coverage.commitments)],
        ['changes answered', ratio(coverage.changes)],
        ['gaps answered', ratio(coverage.gaps)]
    ];
}

function ratio({ count, total, share }: Ratio): string {
    return share === undefined ? 'none declared' : `${count}/${total} (${Math.round(share * 100)}%)`;
}

function tbeRow(tbe: TbeIndicator): string[] {
    const subject = [tbe.assessment, tbe.service && `of ${tbe.service}`, tbe.date && `(${tbe.date})`].filter(Boolean).join(' ');
    return [subject, `C ${value(tbe.core)}`, `M ${value(tbe.management)}`, `TBE ${value(tbe.tbe)}`];
}

/** An absent value had no scores to come from; a dash says so without guessing. */
function value(number: number | undefined): string {
    return number === undefined ? '—' : String(number);
}

function agilityRows({ agility }: Indicators): string[][] {
    if (agility.overall.count === 0) {
        return [];
    }
    const byLevel = Object.entries(agility.byLevel).map(([level, stats]) => statsRow(level, stats));
    return [statsRow('overall', agility.overall), ...byLevel];
}

function statsRow(label: string, stats: AgilityStats): string[] {
    const responses = `${stats.count} response${stats.count === 1 ? '' : 's'}`;
    return [label, `median ${value(stats.median)}`, `p90 ${value(stats.p90)}`, responses];
}

function effectRows({ alignmentEffect }: Indicators): string[][] {
    return alignmentEffect.map(({ alignment, before, after, effect }) => [alignment, `${before} → ${after}`, effect > 0 ? `+${effect}` : String(effect)]);
}

/** Pads every column but the last to its widest cell, so the columns line up. */
function table(rows: string[][]): string[] {
    const widths = rows.reduce<number[]>((max, row) => row.map((cell, i) => Math.max(max[i] ?? 0, cell.length)), []);
    return rows.map(row => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  ').trimEnd());
}
