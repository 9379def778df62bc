import { describe, expect, it } from 'vitest';
import { alignment, assessment, BUILTIN_URI, change, findingsOf, gap, healthy, loc, need, policy, property, spec, workspace } from './builders.js';

describe('score-range', () => {
    it('fires on every score-valued number outside 0–100, at the number', () => {
        const n = need('N', { requires: { performance: 101 }, expects: { performance: -1 } });
        const g = gap('G', { shortfall: { functionality: 120 } });
        const s = spec('S', { commits: { support: 100.5 } });
        const a = assessment('A', { scores: { performance: { value: 200, dimensions: { leadership: -5 } } } });
        const al = alignment('Al', { tbe: [-3, 130] });
        const findings = findingsOf(workspace(n, g, s, a, al), 'score-range');
        expect(findings.map(f => [f.element, f.location, f.message, f.severity])).toEqual([
            ['N', n.requires[0]?.valueLocation, "Need 'N': requires performance 101 is outside 0–100", 'error'],
            ['N', n.expects[0]?.valueLocation, "Need 'N': expects performance -1 is outside 0–100", 'error'],
            ['G', g.shortfall[0]?.valueLocation, "Gap 'G': shortfall functionality 120 is outside 0–100", 'error'],
            ['S', s.commits[0]?.valueLocation, "Spec 'S': commits support 100.5 is outside 0–100", 'error'],
            ['A', a.scores[0]?.valueLocation, "Assessment 'A': score performance 200 is outside 0–100", 'error'],
            ['A', a.scores[0]?.dimensions[0]?.valueLocation, "Assessment 'A': score performance leadership -5 is outside 0–100", 'error'],
            ['Al', al.tbe?.beforeLocation, "Alignment 'Al': tbe before -3 is outside 0–100", 'error'],
            ['Al', al.tbe?.afterLocation, "Alignment 'Al': tbe after 130 is outside 0–100", 'error']
        ]);
    });

    it('does not fire on 0 and 100', () => {
        const model = workspace(need('N', { requires: { performance: 0 }, expects: { performance: 100 } }), alignment('A', { tbe: [0, 100] }));
        expect(findingsOf(model, 'score-range')).toEqual([]);
    });
});

describe('invalid-value', () => {
    it('fires on dates that are not real dates, at the date', () => {
        const n = need('N', { raised: '2010-02-30' });
        const c = change('C', { date: '2010-13-01' });
        const a = assessment('A', { date: '2011-02-29' });
        const al = alignment('Al', { decided: '2010-04-32', responded: '2010-04-31' });
        const findings = findingsOf(workspace(n, c, a, al), 'invalid-value');
        expect(findings.map(f => [f.element, f.location, f.message, f.severity])).toEqual([
            ['N', n.raised?.location, "Need 'N': raised 2010-02-30 is not a valid date", 'error'],
            ['C', c.date?.location, "Change 'C': date 2010-13-01 is not a valid date", 'error'],
            ['A', a.date?.location, "Assessment 'A': date 2011-02-29 is not a valid date", 'error'],
            ['Al', al.decided?.location, "Alignment 'Al': decided 2010-04-32 is not a valid date", 'error'],
            ['Al', al.responded?.location, "Alignment 'Al': responded 2010-04-31 is not a valid date", 'error']
        ]);
    });

    it('fires on a currency that is not three capital letters, at the money value', () => {
        const bad = alignment('Bad', { resources: { budget: [100, 'gbp'] } });
        const findings = findingsOf(workspace(bad, alignment('Good', { resources: { budget: [100, 'EUR'] } })), 'invalid-value');
        expect(findings.map(f => [f.element, f.location, f.message])).toEqual([
            ['Bad', bad.resources?.budget?.location, "Alignment 'Bad': budget currency 'gbp' is not a three-letter capital code"]
        ]);
    });

    it('fires on a negative tolerance, a negative or fractional maxResponseDays and an invalid asOf, at the value', () => {
        const root = policy({ tolerance: -1, asOf: '2010-02-29' });
        const acme = policy({ pkg: 'acme', uri: 'file:///ws/acme.svc', maxResponseDays: 1.5 });
        const negative = policy({ pkg: 'other', uri: 'file:///ws/other.svc', maxResponseDays: -3 });
        const findings = findingsOf(workspace(root, acme, negative), 'invalid-value');
        expect(findings.map(f => [f.location, f.message, f.element])).toEqual([
            [acme.maxResponseDaysLocation, "The policy of package 'acme': maxResponseDays 1.5 must be a whole number of days, not negative", undefined],
            [root.toleranceLocation, 'The policy of the root package: tolerance -1 must not be negative', undefined],
            [root.asOf?.location, 'The policy of the root package: asOf 2010-02-29 is not a valid date', undefined],
            [negative.maxResponseDaysLocation, "The policy of package 'other': maxResponseDays -3 must be a whole number of days, not negative", undefined]
        ]);
    });

    it('falls back to the policy keyword when the model has no location for the value', () => {
        const p = policy({ tolerance: -2 });
        delete p.toleranceLocation;
        expect(findingsOf(workspace(p), 'invalid-value').map(f => f.location)).toEqual([p.keywordLocation]);
    });

    it('ignores an invalid setting: the next source (root policy, then default) applies', () => {
        const model = workspace(
            need('N', { raised: '2010-06-01' }, { pkg: 'acme', uri: 'file:///ws/acme.svc' }),
            policy({ pkg: 'acme', uri: 'file:///ws/acme.svc', maxResponseDays: -1 }),
            policy({ maxResponseDays: 300 })
        );
        expect(findingsOf(model, 'need-stale')).toEqual([]);
    });

    it('does not fire on valid values', () => {
        expect(findingsOf(healthy({}, policy({ tolerance: 0, maxResponseDays: 0, asOf: '2012-02-29' })).model, 'invalid-value')).toEqual([]);
    });
});

describe('duplicate-name', () => {
    it('fires on each declaration sharing a qualified name, at its name', () => {
        const first = need('Same', {}, { pkg: 'acme', uri: 'file:///ws/a.svc' });
        const second = spec('Same', {}, { pkg: 'acme', uri: 'file:///ws/b.svc' });
        const findings = findingsOf(workspace(first, second, need('Same', {}, { pkg: 'other', uri: 'file:///ws/c.svc' })), 'duplicate-name');
        // The other declaration's file (relative to the folder of every file) and line, and, for the editor, its place.
        const line = (declaration: { location: { range: { start: { line: number } } } }) => declaration.location.range.start.line + 1;
        expect(findings.map(f => [f.element, f.location, f.message, f.severity, f.related])).toEqual([
            [
                'acme.Same',
                first.nameLocation,
                `Need 'acme.Same' has the same qualified name as spec 'acme.Same' at b.svc:${line(second)}`,
                'error',
                [{ location: second.nameLocation, message: "Spec 'acme.Same', declared here too" }]
            ],
            [
                'acme.Same',
                second.nameLocation,
                `Spec 'acme.Same' has the same qualified name as need 'acme.Same' at a.svc:${line(first)}`,
                'error',
                [{ location: first.nameLocation, message: "Need 'acme.Same', declared here too" }]
            ]
        ]);
    });

    it('flags a user declaration that duplicates a built-in one, never the built-in one', () => {
        const mine = property('performance', 'core');
        const findings = findingsOf(workspace(mine), 'duplicate-name');
        expect(findings.map(f => [f.location, f.message])).toEqual([
            [mine.nameLocation, "Property 'performance' has the same qualified name as the built-in property 'performance'"]
        ]);
        expect(findings.every(f => f.location.uri !== BUILTIN_URI)).toBe(true);
    });

    it('counts clashes beyond three', () => {
        const clones = Array.from({ length: 5 }, () => need('Clone'));
        const [finding] = findingsOf(workspace(...clones), 'duplicate-name');
        const at = (i: number) => `need 'Clone' at line ${clones[i]!.location.range.start.line + 1}`;
        expect(finding?.message).toBe(`Need 'Clone' has the same qualified name as ${at(1)}, ${at(2)}, ${at(3)} and 1 more`);
        expect(finding?.related).toHaveLength(3);
    });

    it('fires on duplicate dimensions in one property and duplicate metrics in one spec', () => {
        const prop = property('resilience', 'core', ['recovery', 'recovery', 'drills']);
        const sla = spec('Sla', {
            metrics: [
                { name: 'uptime', measures: 'performance' },
                { name: 'uptime', measures: 'performance' }
            ]
        });
        const findings = findingsOf(workspace(prop, sla), 'duplicate-name');
        expect(findings.map(f => [f.element, f.location, f.message])).toEqual([
            ['resilience', prop.dimensions[0]?.nameLocation, "Dimension 'recovery' is declared 2 times in property 'resilience'"],
            ['resilience', prop.dimensions[1]?.nameLocation, "Dimension 'recovery' is declared 2 times in property 'resilience'"],
            ['Sla', sla.metrics[0]?.nameLocation, "Metric 'uptime' is declared 2 times in spec 'Sla'"],
            ['Sla', sla.metrics[1]?.nameLocation, "Metric 'uptime' is declared 2 times in spec 'Sla'"]
        ]);
    });

    it('does not fire on the same simple name in different packages', () => {
        const model = workspace(need('N', {}, { pkg: 'a', uri: 'file:///ws/a.svc' }), need('N', {}, { pkg: 'b', uri: 'file:///ws/b.svc' }));
        expect(findingsOf(model, 'duplicate-name')).toEqual([]);
    });
});

describe('unknown-rule', () => {
    it('fires on a policy rule setting naming no rule, at the rule id', () => {
        const p = policy({ rules: { 'spec-unsigned': 'error', 'no-such-rule': 'off' } });
        const findings = findingsOf(workspace(p), 'unknown-rule');
        expect(findings.map(f => [f.location, f.message, f.severity, f.element])).toEqual([
            [p.rules[1]?.ruleLocation, "The policy of the root package sets unknown rule 'no-such-rule'", 'error', undefined]
        ]);
    });

    it('fires on an svc-ignore naming no rule, at the rule id', () => {
        const n = need('N', {}, { ignore: ['need-uncovered', 'need-uncoverd'] });
        const p = policy({ ignore: ['bogus'] });
        const findings = findingsOf(workspace(n, p), 'unknown-rule');
        expect(findings.map(f => [f.location, f.message, f.element])).toEqual([
            [n.suppressions[1]?.location, "svc-ignore names unknown rule 'need-uncoverd'", 'N'],
            [p.suppressions[0]?.location, "svc-ignore names unknown rule 'bogus'", undefined]
        ]);
    });

    it('does not fire on known rule ids', () => {
        const model = healthy({ need: need('CostEstimating', {}, { ignore: ['syntax'] }) }, policy({ rules: { 'score-range': 'warning' } })).model;
        expect(findingsOf(model, 'unknown-rule')).toEqual([]);
    });
});

describe('duplicate-score', () => {
    it("fires on each earlier score of a property scored again, at the earlier score's property name", () => {
        const review = assessment('Review', { scores: { performance: 60, support: 50 } });
        // Scored again, as if written after: performance twice more, support once.
        const again = (i: number, value: number) => ({
            ...review.scores[i]!,
            property: { ...review.scores[i]!.property, location: loc(review.location.uri, review.location.range.start.line + 500 + value) },
            value
        });
        const twice = { ...review, scores: [...review.scores, again(0, 70), again(1, 55), again(0, 80)] };
        const findings = findingsOf(workspace(twice), 'duplicate-score');
        expect(findings.map(f => [f.element, f.severity, f.location, f.message])).toEqual([
            ['Review', 'error', review.scores[0]?.property.location, "Assessment 'Review' scores performance more than once: the later 80 replaces this 60"],
            ['Review', 'error', review.scores[1]?.property.location, "Assessment 'Review' scores support more than once: the later 55 replaces this 50"],
            ['Review', 'error', twice.scores[2]?.property.location, "Assessment 'Review' scores performance more than once: the later 80 replaces this 70"]
        ]);
    });

    it('does not fire on properties scored once, nor on unresolved properties', () => {
        const review = assessment('Review', { scores: { performance: 60, support: 50 } });
        const ghost = { ...review.scores[0]!, property: { text: 'ghost', location: review.scores[0]!.property.location } };
        expect(findingsOf(workspace({ ...review, scores: [...review.scores, ghost, ghost] }), 'duplicate-score')).toEqual([]);
    });

    it('is silenced by svc-ignore on the assessment and by a policy switching it off', () => {
        const twice = (common?: Parameters<typeof assessment>[2]) => {
            const review = assessment('Review', { scores: { performance: 60 } }, common);
            return { ...review, scores: [...review.scores, { ...review.scores[0]! }] };
        };
        expect(findingsOf(workspace(twice()), 'duplicate-score')).toHaveLength(1);
        expect(findingsOf(workspace(twice({ ignore: ['duplicate-score'] })), 'duplicate-score')).toEqual([]);
        expect(findingsOf(workspace(twice(), policy({ rules: { 'duplicate-score': 'off' } })), 'duplicate-score')).toEqual([]);
    });
});

describe('unresolved-import', () => {
    /** A workspace whose document `file:///ws/b.svc` (package `b`) imports `imports`; `a.svc` declares package `acme.bids`. */
    function importing(imports: string[], extra: Parameters<typeof workspace> = []) {
        const model = workspace(need('N', {}, { pkg: 'acme.bids', uri: 'file:///ws/a.svc' }), need('M', {}, { pkg: 'b', uri: 'file:///ws/b.svc' }), ...extra);
        const doc = model.documents.find(d => d.uri === 'file:///ws/b.svc')!;
        doc.imports = imports;
        doc.importLocations = imports.map((_, i) => loc(doc.uri, 1 + i, 7, 1 + i, 7 + imports[i]!.length));
        return { doc, model };
    }

    it('fires on an import of a package no file declares, at the imported name', () => {
        const { doc, model } = importing(['acme.bids', 'acme.bid', 'b']);
        const findings = findingsOf(model, 'unresolved-import');
        expect(findings.map(f => [f.element, f.severity, f.location, f.message])).toEqual([
            [undefined, 'error', doc.importLocations[1], "Import 'acme.bid' names no package: no file declares package 'acme.bid'"]
        ]);
    });

    it('does not count a prefix of a declared package, nor a built-in document, as declared', () => {
        expect(findingsOf(importing(['acme']).model, 'unresolved-import')).toHaveLength(1);
        const { model } = importing(['acme.bids']);
        model.documents[0]!.imports = ['nowhere'];
        model.documents[0]!.importLocations = [loc(model.documents[0]!.uri, 0)];
        expect(findingsOf(model, 'unresolved-import')).toEqual([]);
    });

    it("is switched off by the policy of the importing file's package, or the root's", () => {
        const own = importing(['nowhere'], [policy({ pkg: 'b', uri: 'file:///ws/b.svc', rules: { 'unresolved-import': 'off' } })]);
        expect(findingsOf(own.model, 'unresolved-import')).toEqual([]);
        const root = importing(['nowhere'], [policy({ rules: { 'unresolved-import': 'warning' } })]);
        expect(findingsOf(root.model, 'unresolved-import').map(f => f.severity)).toEqual(['warning']);
    });
});
