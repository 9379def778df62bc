import { simpleName, type Indicators, type WorkspaceModel } from '@svc-lang/core';
import { signed } from '@svc-lang/diagram';
import type { Paint } from './ansi.js';
import { visible } from '../visible.js';

// Named through Indicators, the one name core promises, rather than by core's part names.
type Ratio = Indicators['coverage']['needs'];
type TbeIndicator = Indicators['tbe'][number];
type ServiceTbe = Indicators['tbeByService'][number];
type AgilityStats = Indicators['agility']['overall'];
type EffectFigures = NonNullable<Indicators['alignmentEffect'][number]['claimed']>;
type View = TbeIndicator['view'];

/** A declaration's title by its qualified name; undefined when it has none. */
export type Titles = (qualifiedName: string) => string | undefined;

/** The titles of the workspace's declarations (a blank title is none; of a duplicate name, the first). */
export function declarationTitles(model: WorkspaceModel): Titles {
    const titles = new Map<string, string>();
    for (const document of model.documents) {
        for (const declaration of document.declarations) {
            const title = declaration.title?.trim();
            if (title && !titles.has(declaration.qualifiedName)) titles.set(declaration.qualifiedName, title);
        }
    }
    return qualifiedName => titles.get(qualifiedName);
}

const NO_TITLES: Titles = () => undefined;

/**
 * The indicators as an architect reads them after the diagnostics: coverage, total business
 * experience per service and per assessment, the perception gap, agility and alignment
 * effects, each a heading and an aligned table. The full detail (SEM gaps, agility samples)
 * is in the json report.
 */
export function formatIndicators(indicators: Indicators, paint: Paint, titles: Titles = NO_TITLES): string[] {
    return [paint('bold', 'Indicators'), ...indicatorSections(indicators, titles).flatMap(section => formatSection(paint, section))];
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
export function indicatorSections(indicators: Indicators, titles: Titles = NO_TITLES): IndicatorSection[] {
    const tbeOf = new Map(indicators.tbe.map(tbe => [tbe.assessment, tbe]));
    return [
        { heading: 'Coverage', rows: coverageRows(indicators), none: '' },
        {
            heading: "Total business experience per service (TBE: the business experience; IT TBE: IT's view; PG = IT TBE − TBE)",
            rows: indicators.tbeByService.map(entry => serviceTbeRow(entry, tbeOf, titles)),
            none: 'no assessments',
            note: 'Each from the latest assessment of that view that has a TBE: business, joint or unattributed for TBE; IT or joint for IT TBE.'
        },
        {
            heading: 'Total business experience per assessment (TBE = C × M / 100)',
            rows: indicators.tbe.map(tbe => tbeRow(tbe, titles)),
            none: 'no assessments',
            note: 'C is the mean of the scores on core properties, M the mean of those on management properties (0–100 each).'
        },
        {
            heading: "Perception gap (IT's view − business experience, in points; positive: IT rates the service above what the business experiences)",
            rows: perceptionGapRows(indicators),
            none: 'no property has both an IT view and a business score'
        },
        {
            heading: `Agility (days from a need raised or a change to its first response; an open one counts at its age on ${indicators.agility.asOf || 'asOf'})`,
            rows: agilityRows(indicators, titles),
            none: 'no dated needs or changes'
        },
        {
            heading: "Alignment effect (TBE after − before: as the alignment claims it, and as the business's assessments measure it)",
            rows: effectRows(indicators, titles),
            none: 'no alignment claims or measures an effect'
        }
    ];
}

function formatSection(paint: Paint, { heading, rows, none, note }: IndicatorSection): string[] {
    // Titles are user text: shown, never obeyed by the terminal.
    const body = rows.length > 0 ? table(rows.map(row => row.map(visible))) : [none];
    return [
        '',
        `  ${paint('bold', heading)}`,
        ...body.map(line => `    ${line}`),
        ...(note !== undefined && rows.length > 0 ? [`    ${paint('dim', note)}`] : [])
    ];
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

/** The title, quoted as in the source, as the last cell: it never widens the columns before it. */
function titleCell(titles: Titles, qualifiedName: string): string {
    const title = titles(qualifiedName);
    return title === undefined ? '' : `"${title}"`;
}

function serviceTbeRow(entry: ServiceTbe, tbeOf: ReadonlyMap<string, TbeIndicator>, titles: Titles): string[] {
    const business = entry.assessment === undefined ? undefined : tbeOf.get(entry.assessment);
    return [
        entry.service,
        business ? tbeText(business) : 'TBE —',
        `IT TBE ${value(entry.itTbe)}`,
        `PG ${entry.pg === undefined ? '—' : signed(entry.pg)}`,
        titleCell(titles, entry.service)
    ];
}

/** `TBE 59.28 (4 of 10 properties)`: how much of the catalogue the figure rests on, beside it. */
export function tbeText(tbe: Pick<TbeIndicator, 'tbe' | 'scored' | 'of'>): string {
    return `TBE ${value(tbe.tbe)} (${tbe.scored} of ${tbe.of} properties)`;
}

const VIEWS: Record<View, string> = { business: 'business view', it: 'IT view', joint: 'joint view', unattributed: 'no assessors' };

/** Whose view an assessment is, in words. */
export function viewText(view: View): string {
    return VIEWS[view];
}

function tbeRow(tbe: TbeIndicator, titles: Titles): string[] {
    const subject = [tbe.assessment, tbe.service && `of ${tbe.service}`, tbe.date && `(${tbe.date})`].filter(Boolean).join(' ');
    return [subject, viewText(tbe.view), `C ${value(tbe.core)}`, `M ${value(tbe.management)}`, tbeText(tbe), titleCell(titles, tbe.assessment)];
}

/** An absent value had no scores to come from; a dash says so without guessing. */
function value(number: number | undefined): string {
    return number === undefined ? '—' : String(number);
}

function perceptionGapRows({ sem }: Indicators): string[][] {
    return sem.flatMap(row =>
        row.pg === undefined
            ? []
            : [[row.service, simpleName(row.property), `IT ${value(row.itView)}`, `business ${value(row.experienced)}`, `PG ${signed(row.pg)}`]]
    );
}

function agilityRows({ agility }: Indicators, titles: Titles): string[][] {
    if (agility.overall.count === 0) {
        return [];
    }
    const byLevel = Object.entries(agility.byLevel).map(([level, stats]) => statsRow(`level ${level}`, stats));
    const byPackage = Object.entries(agility.byPackage).map(([pkg, stats]) => statsRow(pkg === '' ? 'root package' : `package ${pkg}`, stats));
    const oldest = agility.oldestOpen;
    return [
        statsRow('overall', agility.overall),
        ...byLevel,
        ...byPackage,
        // One cell after the label: a long name must not widen the figures' columns above it.
        ...(oldest
            ? [
                  [
                      'oldest open',
                      [`${oldest.subjectKind} ${oldest.subject}, since ${oldest.from}: ${days(oldest.days)}`, titleCell(titles, oldest.subject)]
                          .join(' ')
                          .trimEnd()
                  ]
              ]
            : []),
        ...(agility.planningMedian === undefined ? [] : [['planning delay', `median ${days(agility.planningMedian)} (trigger → decided)`]]),
        ...(agility.deliveryMedian === undefined ? [] : [['delivery delay', `median ${days(agility.deliveryMedian)} (decided → responded)`]])
    ];
}

function days(count: number): string {
    return `${count} day${count === 1 ? '' : 's'}`;
}

function statsRow(label: string, stats: AgilityStats): string[] {
    const figure = (name: string, number: number | undefined) => `${name} ${number === undefined ? '—' : days(number)}`;
    return [label, figure('median', stats.median), figure('p90', stats.p90), `${stats.responded} responded, ${stats.open} open`];
}

function effectRows({ alignmentEffect }: Indicators, titles: Titles): string[][] {
    return alignmentEffect.map(({ alignment, claimed, measured }) => [
        alignment,
        effectCell('claimed', claimed),
        measured
            ? `${effectCell('measured', measured)} over ${measured.services.length} service${measured.services.length === 1 ? '' : 's'}`
            : effectCell('measured', undefined),
        titleCell(titles, alignment)
    ]);
}

/** `claimed 51 → 66 (+15)`, or `claimed —` when there is nothing of that kind. */
export function effectCell(label: string, figures: EffectFigures | undefined): string {
    if (!figures) return `${label} —`;
    return `${label} ${figures.before} → ${figures.after} (${signed(figures.effect)})`;
}

/**
 * Pads each cell but a row's last to the widest such cell of its column, so the columns line
 * up; a row's last cell (a title, a long note) is never padded and widens nothing.
 */
function table(rows: string[][]): string[] {
    const widths: number[] = [];
    for (const row of rows) row.slice(0, -1).forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
    return rows.map(row =>
        row
            .map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell))
            .join('  ')
            .trimEnd()
    );
}
