import { describe, expect, it } from 'vitest';
import type { Alignment, Assessment, Need, Policy, Service } from '@svc-lang/core';
import { buildDocumentModel } from '../src/model/build-document-model.js';
import { buildWorkspace } from './helpers.js';

async function modelOf(text: string) {
    const { documents } = await buildWorkspace({ 'a.svc': text });
    return buildDocumentModel(documents['a.svc']!);
}

describe('AST to model', () => {
    it('qualifies names with the package and resolves references to qualified names', async () => {
        const model = await modelOf('package acme\nneed N\nservice S at development { addresses N, Missing }');
        const service = model.declarations.find(d => d.kind === 'service') as Service;
        expect(service.qualifiedName).toBe('acme.S');
        expect(service.package).toBe('acme');
        expect(service.addresses.map(ref => [ref.text, ref.target])).toEqual([
            ['N', 'acme.N'],
            ['Missing', undefined]
        ]);
        expect(service.nameLocation.range).toEqual({ start: { line: 2, character: 8 }, end: { line: 2, character: 9 } });
    });

    it('records the ranges rules underline: score, commitment, number, governance keyword, responded date', async () => {
        const model = await modelOf(
            [
                'stakeholder B { perspective business }',
                'service S at development',
                'assessment A of S {',
                '  score performance 60 { leadership 50 } "slow"',
                '}',
                'alignment L {',
                '  governance { accountable B }',
                '  responded 2010-04-15',
                '  tbe before 51 after 66',
                '}'
            ].join('\n')
        );
        const assessment = model.declarations.find(d => d.kind === 'assessment') as Assessment;
        const score = assessment.scores[0]!;
        expect(score.location.range).toEqual({ start: { line: 3, character: 2 }, end: { line: 3, character: 22 } });
        expect(score.valueLocation.range).toEqual({ start: { line: 3, character: 20 }, end: { line: 3, character: 22 } });
        expect(score.dimensions[0]).toMatchObject({ dimension: { text: 'leadership', target: 'leadership' }, value: 50 });
        expect(score.remark).toBe('slow');
        const alignment = model.declarations.find(d => d.kind === 'alignment') as Alignment;
        expect(alignment.governance?.keywordLocation.range.start).toEqual({ line: 6, character: 2 });
        expect(alignment.governance?.accountable[0]?.target).toBe('B');
        expect(alignment.responded).toMatchObject({ iso: '2010-04-15', valid: true, location: { range: { start: { line: 7, character: 12 } } } });
        expect(alignment.tbe).toMatchObject({ before: 51, after: 66 });
    });

    it('checks dates against the calendar', async () => {
        const model = await modelOf('need N { raised 2010-02-30 }\nneed M { raised 2012-02-29 }');
        expect((model.declarations as Need[]).map(need => need.raised?.valid)).toEqual([false, true]);
    });

    it('reads svc-ignore comments on the line directly before a declaration, with each rule id located', async () => {
        const model = await modelOf('// svc-ignore need-uncovered, no-such-rule\nneed N\n\n// svc-ignore need-uncovered\n\nneed M');
        const [first, second] = model.declarations;
        expect(first!.suppressions.map(s => [s.rule, s.location.range.start.character, s.location.range.end.character])).toEqual([
            ['need-uncovered', 14, 28],
            ['no-such-rule', 30, 42]
        ]);
        expect(second!.suppressions).toEqual([]);
    });

    it('does not take a longer word for svc-ignore', async () => {
        const model = await modelOf('// svc-ignore-all need-uncovered\nneed N');
        expect(model.declarations[0]!.suppressions).toEqual([]);
    });

    it('keeps policies apart from declarations, with their package and settings', async () => {
        const model = await modelOf('package p\npolicy { tolerance 5 maxResponseDays 30 asOf 2011-01-01 rule spec-unsigned off }');
        const policy = model.policies[0] as Policy;
        expect(policy).toMatchObject({ package: 'p', tolerance: 5, maxResponseDays: 30, asOf: { iso: '2011-01-01' } });
        expect(policy.rules).toMatchObject([{ rule: 'spec-unsigned', severity: 'off' }]);
        expect(model.declarations).toEqual([]);
    });

    it('is plain data: JSON round-trips it unchanged', async () => {
        const model = await modelOf(
            'package p\nneed N { raised 2010-01-01 requires { performance 70 } }\nservice S at development { nature mix 70% product addresses N }'
        );
        expect(JSON.parse(JSON.stringify(model))).toEqual(model);
        expect((model.declarations[1] as Service).nature).toMatchObject({ kind: 'mix', productShare: 70 });
    });
});
