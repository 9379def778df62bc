import { describe, expect, it } from 'vitest';
import { analyseWorkspace, firstResponse, measuredEffect, WorkspaceIndex, type Assessment, type Declaration, type Policy, type SemGaps } from '../src/index.js';
import { alignment, assessment, change, gap, need, policy, property, service, spec, stakeholder, workspace } from './builders.js';

/** Language revision 2: the business's experience and IT's view apart, TBE exactly, every delay, measured effects. */

const analyse = (...items: (Declaration | Policy)[]) => analyseWorkspace(workspace(...items), { today: '2011-01-01' });

const people = () => [stakeholder('Biz', 'business'), stakeholder('Tech', 'it')];

/** The assessment with more scores appended, as if written after the others: a property scored twice. */
function scoredAgain(scored: Assessment, again: Record<string, number>): Assessment {
    const extra = Object.entries(again).map(([name, value]) => {
        const first = scored.scores.find(score => score.property.target === name);
        if (!first) throw new Error(`${name} is not scored yet`);
        return { ...first, value };
    });
    return { ...scored, scores: [...scored.scores, ...extra] };
}

describe('SEM with views (revision 2)', () => {
    /**
     * Performance: requires 80, expects 75, commits 85. Functionality: requires 70, commits 70.
     * The business (Bus, 2010-03-01) scores performance 60, functionality 65; IT (It, 2010-06-01)
     * scores performance 90; a joint assessment (Joint, 2010-01-01) scores functionality 50.
     */
    function viewModel(...extra: Declaration[]) {
        return analyse(
            ...people(),
            need('N', { requires: { performance: 80, functionality: 70 }, expects: { performance: 75 } }),
            service('S', 'development', { addresses: ['N'] }),
            spec('Sla', { service: 'S', commits: { performance: 85, functionality: 70 } }),
            assessment('Bus', { service: 'S', date: '2010-03-01', assessors: ['Biz'], scores: { performance: 60, functionality: 65 } }),
            assessment('It', { service: 'S', date: '2010-06-01', assessors: ['Tech'], scores: { performance: 90 } }),
            assessment('Joint', { service: 'S', date: '2010-01-01', assessors: ['Biz', 'Tech'], scores: { functionality: 50 } }),
            ...extra
        );
    }

    it('reads experienced from the business and itView from IT and joint assessments, and PG = itView − experienced', () => {
        const row = (property: string, requires: number, expects: number | undefined, commits: number) => ({
            service: 'S',
            property,
            requires,
            ...(expects === undefined ? {} : { expects }),
            commits
        });
        const views = (experienced: number, assessment: string, itView: number, itAssessment: string) => ({ experienced, assessment, itView, itAssessment });
        expect(viewModel().indicators.sem).toEqual([
            // Functionality: the business's latest is Bus (65, later than Joint's 50); IT's view is Joint's 50.
            { ...row('functionality', 70, undefined, 70), ...views(65, 'Bus', 50, 'Joint'), ns: 0, sx: -5, nx: -5, pg: -15 },
            // Performance: experienced 60 (Bus), IT's view 90 (It): PG = 90 − 60 = +30.
            { ...row('performance', 80, 75, 85), ...views(60, 'Bus', 90, 'It'), ns: 5, es: 10, sx: -25, ex: -15, nx: -20, pg: 30 }
        ]);
    });

    it('never changes SX, EX or NX when an IT-only assessment is added', () => {
        const business = (rows: readonly SemGaps[]) =>
            rows.map(({ service: s, property: p, experienced, assessment: a, sx, ex, nx }) => ({ s, p, experienced, a, sx, ex, nx }));
        const scores = { performance: 10, functionality: 100, support: 40 };
        const later = assessment('ItLater', { service: 'S', date: '2010-12-01', assessors: ['Tech'], scores });
        const before = viewModel().indicators.sem;
        const after = viewModel(later).indicators.sem;
        expect(business(after.filter(row => row.property !== 'support'))).toEqual(business(before));
        // IT's view moved, and the property only IT scored has no experience at all.
        expect(after.map(row => [row.property, row.itView, row.pg])).toEqual([
            ['functionality', 100, 35],
            ['performance', 10, -50],
            ['support', 40, undefined]
        ]);
        expect(after.find(row => row.property === 'support')?.experienced).toBeUndefined();
    });

    it('ignores scores outside 0–100 and counts the last of a property scored twice', () => {
        const first = assessment('Twice', { service: 'S', date: '2010-02-01', assessors: ['Biz'], scores: { performance: 50, support: 40 } });
        const twice = scoredAgain(first, { performance: 70, support: 140 });
        const sem = analyse(...people(), service('S', 'development'), twice).indicators.sem;
        // Performance 70 (the last one counts); support's last score is out of range, so it has none.
        expect(sem).toEqual([{ service: 'S', property: 'performance', experienced: 70, assessment: 'Twice' }]);
    });

    it('reads commitments from current specs only and counts a commitment assessed only when the business scored it in range', () => {
        const { sem, coverage } = analyse(
            ...people(),
            service('S', 'development'),
            spec('Old', { service: 'S', commits: { functionality: 90, performance: 70 } }),
            spec('New', { service: 'S', commits: { functionality: 75, support: 60 }, supersedes: ['Old'] }),
            assessment('Bus', { service: 'S', date: '2010-02-01', assessors: ['Biz'], scores: { functionality: 60, performance: 80, support: 150 } }),
            assessment('ItOnly', { service: 'S', date: '2010-03-01', assessors: ['Tech'], scores: { support: 50 } })
        ).indicators;
        expect(sem).toEqual([
            { service: 'S', property: 'functionality', commits: 75, experienced: 60, assessment: 'Bus', sx: -15 },
            { service: 'S', property: 'performance', experienced: 80, assessment: 'Bus' },
            { service: 'S', property: 'support', commits: 60, itView: 50, itAssessment: 'ItOnly' }
        ]);
        // New's two commitments: functionality assessed by the business; support only by IT (and out of range by the business).
        expect(coverage.commitments).toEqual({ count: 1, total: 2, share: 0.5 });
    });
});

describe('TBE exactly (revision 2)', () => {
    it('rests on the counted scores only and says how many of the catalogue it rests on', () => {
        // Scores in order: functionality 80, performance 150, understanding 60, relationship 70, functionality 40, relationship 120.
        const scores = { functionality: 80, performance: 150, understanding: 60, relationship: 70 };
        const twice = scoredAgain(assessment('T', { service: 'S', date: '2010-05-01', assessors: ['Biz'], scores }), { functionality: 40, relationship: 120 });
        const { tbe } = analyse(...people(), property('resilience', 'core'), service('S', 'development'), twice).indicators;
        // Counted: functionality 40 (the last), understanding 60; performance and the last relationship are out of range.
        // C = 40, M = 60, TBE = 24; 2 of 11 properties (ten built-in and resilience).
        expect(tbe).toEqual([{ assessment: 'T', service: 'S', date: '2010-05-01', view: 'business', scored: 2, of: 11, core: 40, management: 60, tbe: 24 }]);
    });

    it('gives each service the TBE of its latest business assessment that has one, IT’s TBE and the PG on TBE', () => {
        const { tbe, tbeByService } = analyse(
            ...people(),
            service('S', 'development'),
            service('T', 'development'),
            service('U', 'development'),
            // C 80, M 50: TBE 40.
            assessment('Bus1', { service: 'S', date: '2010-01-01', assessors: ['Biz'], scores: { functionality: 80, understanding: 50 } }),
            // The latest business assessment, but without a TBE (no management score).
            assessment('Bus2', { service: 'S', date: '2010-06-01', assessors: ['Biz'], scores: { functionality: 60 } }),
            // 90 × 90 / 100 = 81.
            assessment('It1', { service: 'S', date: '2010-03-01', assessors: ['Tech'], scores: { functionality: 90, understanding: 90 } }),
            // 70 × 60 / 100 = 42: a joint assessment is in both views.
            assessment('Joint1', { service: 'S', date: '2010-02-01', assessors: ['Biz', 'Tech'], scores: { functionality: 70, understanding: 60 } }),
            // 50 × 50 / 100 = 25, IT's only.
            assessment('It2', { service: 'T', date: '2010-02-01', assessors: ['Tech'], scores: { functionality: 50, skills: 50 } }),
            assessment('Nobody', { service: 'T', scores: { functionality: 10 } })
        ).indicators;
        expect(tbe.map(entry => [entry.assessment, entry.view, entry.tbe])).toEqual([
            ['Bus1', 'business', 40],
            ['Bus2', 'business', undefined],
            ['It1', 'it', 81],
            ['Joint1', 'joint', 42],
            ['It2', 'it', 25],
            ['Nobody', 'unattributed', undefined]
        ]);
        expect(tbeByService).toEqual([
            // Business: Joint1 (2010-02-01) is later than Bus1; IT: It1 (2010-03-01) is later than Joint1. PG = 81 − 42.
            { service: 'S', tbe: 42, assessment: 'Joint1', itTbe: 81, itAssessment: 'It1', pg: 39 },
            // Nobody (unattributed) counts for the business but has no TBE; U has no assessment at all.
            { service: 'T', itTbe: 25, itAssessment: 'It2' }
        ]);
    });
});

describe('agility: every delay counts (revision 2)', () => {
    const P = 'file:///ws/p.svc';

    /**
     * asOf: the root policy's 2011-01-01 (today is later; package p's own asOf is earlier).
     * Top (business-engineering) and Dev (development) address NA; only Mgmt (service-management)
     * covers NB; nothing covers p.NC.
     */
    function agilityModel() {
        const parts = {
            na: need('NA', { raised: '2010-01-01' }),
            cx: change('CX', { date: '2010-02-01', affects: ['NA', 'NB'] })
        };
        const model = workspace(
            policy({ asOf: '2011-01-01' }),
            service('Top', 'business-engineering', { addresses: ['NA'] }),
            service('Dev', 'development', { addresses: ['NA'] }),
            service('Mgmt', 'service-management', { addresses: ['NB'] }),
            parts.na,
            gap('GA', { need: 'NA' }),
            need('NB', { raised: '2010-06-01' }),
            parts.cx,
            change('CY', { date: '2010-03-01' }),
            need('ND'),
            need('NE', { raised: '2011-06-01' }),
            // NA's first response, through a gap on it; a later re-alignment of NA does not count.
            alignment('AlFirst', { respondsTo: ['GA'], decided: '2010-02-01', responded: '2010-03-02' }),
            alignment('AlLate', { aligns: [['NA', ['Dev']]], responded: '2010-05-01' }),
            // Planned only: no response yet.
            alignment('Planned', { aligns: [['NB', ['Mgmt']]], decided: '2010-07-01' }),
            // Responded after asOf: no response yet as of asOf.
            alignment('AlFuture', { respondsTo: ['CX'], responded: '2011-02-01' }),
            alignment('AlY', { respondsTo: ['CY'], decided: '2010-03-03', responded: '2010-03-11' }),
            policy({ pkg: 'p', uri: P, asOf: '2010-03-01' }),
            need('NC', { raised: '2010-04-01' }, { pkg: 'p', uri: P })
        );
        return { model, parts };
    }

    const agility = () => analyseWorkspace(agilityModel().model, { today: '2012-01-01' }).indicators.agility;

    it('takes one sample per dated trigger from its first response, or its age at the root asOf when open', () => {
        const open = (subject: string, subjectKind: 'need' | 'change', from: string, days: number, buckets: string[], pkg = '') => ({
            subject,
            subjectKind,
            package: pkg,
            from,
            to: '2011-01-01',
            days,
            open: true,
            buckets
        });
        const answered = (subject: string, subjectKind: 'need' | 'change', from: string, to: string, days: number, buckets: string[]) => ({
            subject,
            subjectKind,
            package: '',
            from,
            to,
            days,
            open: false,
            buckets
        });
        const viaAlFirst = { alignment: 'AlFirst', decided: '2010-02-01', planningDays: 31, deliveryDays: 29 };
        const viaAlY = { alignment: 'AlY', decided: '2010-03-03', planningDays: 2, deliveryDays: 8 };
        expect(agility().samples).toEqual([
            // 2010-01-01 → 2010-03-02 = 60 days; decided 2010-02-01: planning 31, delivery 29. AlLate (120 days) is ignored.
            { ...answered('NA', 'need', '2010-01-01', '2010-03-02', 60, ['business-engineering']), ...viaAlFirst },
            // Planned is not a response: open, 2010-06-01 → 2011-01-01 = 214 days.
            open('NB', 'need', '2010-06-01', 214, ['service-management']),
            // AlFuture responded after asOf: open, 334 days; the buckets of NA and NB.
            open('CX', 'change', '2010-02-01', 334, ['business-engineering', 'service-management']),
            // Affects no need: uncovered. 10 days; decided 2010-03-03: planning 2, delivery 8.
            { ...answered('CY', 'change', '2010-03-01', '2010-03-11', 10, ['uncovered']), ...viaAlY },
            // ND is undated and NE raised after asOf: no samples. p.NC is measured at the root asOf: 275 days.
            open('p.NC', 'need', '2010-04-01', 275, ['uncovered'], 'p')
        ]);
    });

    it('counts open samples in the median and p90, overall, per level and per package', () => {
        const { asOf, overall, byLevel, byPackage, oldestOpen, planningMedian, deliveryMedian } = agility();
        expect(asOf).toBe('2011-01-01');
        // Sorted 10, 60, 214, 275, 334: median 214; p90 rank ⌈4.5⌉ = 5 → 334.
        expect(overall).toEqual({ count: 5, responded: 2, open: 3, median: 214, p90: 334 });
        expect(byLevel).toEqual({
            // NA 60, CX 334: median 197; p90 rank ⌈1.8⌉ = 2 → 334.
            'business-engineering': { count: 2, responded: 1, open: 1, median: 197, p90: 334 },
            // NB 214, CX 334.
            'service-management': { count: 2, responded: 0, open: 2, median: 274, p90: 334 },
            // CY 10, NC 275.
            uncovered: { count: 2, responded: 1, open: 1, median: 142.5, p90: 275 }
        });
        expect(Object.keys(byLevel)).toEqual(['business-engineering', 'service-management', 'uncovered']);
        // Root: 10, 60, 214, 334: median 137; p90 rank ⌈3.6⌉ = 4 → 334.
        expect(byPackage).toEqual({
            '': { count: 4, responded: 2, open: 2, median: 137, p90: 334 },
            p: { count: 1, responded: 0, open: 1, median: 275, p90: 275 }
        });
        expect(oldestOpen).toEqual({ subject: 'CX', subjectKind: 'change', from: '2010-02-01', days: 334 });
        // Planning 31 and 2; delivery 29 and 8.
        expect([planningMedian, deliveryMedian]).toEqual([16.5, 18.5]);
    });

    it('finds the first response as of a given day', () => {
        const { model, parts } = agilityModel();
        const index = new WorkspaceIndex(model);
        expect(firstResponse(index, parts.na, '2011-01-01')?.name).toBe('AlFirst');
        // The day before AlFirst responded: open.
        expect(firstResponse(index, parts.na, '2010-03-01')).toBeUndefined();
        // From AlLate's response on, AlFirst is still the first.
        expect(firstResponse(index, parts.na, '2010-05-01')?.name).toBe('AlFirst');
        expect(firstResponse(index, parts.cx, '2011-02-01')?.name).toBe('AlFuture');
    });
});

describe('alignment effect, measured (revision 2)', () => {
    function effectModel() {
        const business = (name: string, svc: string, date: string | undefined, functionality: number, understanding: number) =>
            assessment(name, { service: svc, date, assessors: ['Biz'], scores: { functionality, understanding } });
        const planned = alignment('Planned2', { aligns: [['N', ['S1']]], decided: '2010-05-01' });
        const model = workspace(
            ...people(),
            need('N'),
            service('S1', 'development'),
            service('S2', 'development'),
            service('S3', 'development'),
            // S1: TBEs 30, 40, 45 (on the response day: still before), 60 (the earliest after), 80; IT's 100 is not the business's.
            business('S1a', 'S1', '2010-01-01', 60, 50),
            business('S1b', 'S1', '2010-05-01', 80, 50),
            business('S1c', 'S1', '2010-06-01', 90, 50),
            business('S1d', 'S1', '2010-09-01', 100, 60),
            business('S1e', 'S1', '2010-12-01', 100, 80),
            assessment('S1it', { service: 'S1', date: '2010-07-01', assessors: ['Tech'], scores: { functionality: 100, understanding: 100 } }),
            // S2: 20 before, 42 after; the undated one is on neither side.
            business('AS2a', 'S2', '2010-03-01', 50, 40),
            business('AS2b', 'S2', '2010-08-01', 70, 60),
            business('AS2u', 'S2', undefined, 10, 10),
            // S3: 36 before, nothing after.
            business('AS3', 'S3', '2010-05-15', 60, 60),
            alignment('Fix', { aligns: [['N', ['S1', 'S2']]], respondsTo: ['AS3'], responded: '2010-06-01', tbe: [40, 70] }),
            alignment('NoAfter', { aligns: [['N', ['S3']]], responded: '2010-06-01' }),
            planned,
            alignment('OnlyMeasured', { aligns: [['N', ['S2']]], responded: '2010-04-01' })
        );
        return { model, planned };
    }

    it('measures before and after from the business TBEs around `responded`, averaged over the services that have both', () => {
        const { alignmentEffect } = analyseWorkspace(effectModel().model, { today: '2011-01-01' }).indicators;
        expect(alignmentEffect).toEqual([
            // S1 45 → 60, S2 20 → 42, S3 (through AS3) has no after: (45 + 20) / 2 = 32.5 → (60 + 42) / 2 = 51.
            { alignment: 'Fix', claimed: { before: 40, after: 70, effect: 30 }, measured: { before: 32.5, after: 51, effect: 18.5, services: ['S1', 'S2'] } },
            // NoAfter (S3 has no after) and Planned2 (no responded) have neither a claim nor a measurement.
            { alignment: 'OnlyMeasured', measured: { before: 20, after: 42, effect: 22, services: ['S2'] } }
        ]);
    });

    it('has no measured effect for an alignment without responded', () => {
        const { model, planned } = effectModel();
        expect(measuredEffect(new WorkspaceIndex(model), planned)).toBeUndefined();
    });
});
