import { describe, expect, it } from 'vitest';
import { buildWorkspace } from './helpers.js';

async function rulesFound(files: Record<string, string>) {
    const { Svc } = await buildWorkspace(files);
    const { findingsByUri } = Svc.analysis.WorkspaceAnalysis.analyse({ today: '2011-01-01' });
    return [...findingsByUri.values()].flat().map(f => `${f.location.uri.replace('file:///ws/', '')}:${f.location.range.start.line} ${f.severity} ${f.rule}`);
}

describe('policy and suppression through the language layer', () => {
    it('applies a package policy over the root policy, setting by setting', async () => {
        const found = await rulesFound({
            'root.svc': 'policy { rule need-uncovered warning }',
            'a.svc': 'package a\npolicy { rule need-uncovered info }\nneed A',
            'b.svc': 'package b\nneed B'
        });
        expect(found).toContain('a.svc:2 info need-uncovered');
        expect(found).toContain('b.svc:1 warning need-uncovered');
    });

    it('silences parser-level rules too: unresolved-reference under svc-ignore and rule off', async () => {
        const found = await rulesFound({
            'a.svc': 'package a\n// svc-ignore unresolved-reference, need-uncovered\nneed A { raisedBy Nobody }\nneed B { raisedBy Nobody }'
        });
        expect(found).toEqual(['a.svc:3 error need-uncovered', 'a.svc:3 error unresolved-reference']);
    });

    it('reports unknown rule ids in policies and svc-ignore comments', async () => {
        const found = await rulesFound({ 'a.svc': 'policy { rule no-such-rule off }\n// svc-ignore need-uncovered, made-up\nneed A' });
        expect(found).toEqual(['a.svc:0 error unknown-rule', 'a.svc:1 error unknown-rule']);
    });

    it('reports syntax errors with rule id syntax, which policy can turn down but svc-ignore cannot hide outside a declaration', async () => {
        const found = await rulesFound({ 'a.svc': 'policy { rule syntax warning }\nneed A { priority urgent }\nservice S at development { addresses A }' });
        expect(found).toContain('a.svc:1 warning syntax');
    });
});

describe('revision 2 rules through the language layer', () => {
    it("reports unresolved-import at the imported name, under the policy of the importing file's package", async () => {
        const files = {
            'a.svc': 'package a\nimport nowhere.at.all\nneed A',
            'b.svc': 'package b\nimport nowhere\npolicy { rule unresolved-import off }\nneed B'
        };
        const found = await rulesFound(files);
        expect(found.filter(line => line.endsWith('unresolved-import'))).toEqual(['a.svc:1 error unresolved-import']);
        expect(found.filter(line => line.endsWith('syntax'))).toEqual([]);
    });

    it('silences duplicate-score by svc-ignore on the assessment, and by rule off', async () => {
        const assessment = (name: string) => `assessment ${name} of S { assessors Boss  score support 40  score support 50 }`;
        const files = {
            'a.svc': [
                'stakeholder Boss { perspective business }',
                'need N',
                'service S at development { addresses N }',
                assessment('Kept'),
                '// svc-ignore duplicate-score',
                assessment('Ignored')
            ].join('\n'),
            'b.svc': `package b\npolicy { rule duplicate-score off }\n${assessment('Off')}`
        };
        expect((await rulesFound(files)).filter(line => line.endsWith('duplicate-score'))).toEqual(['a.svc:3 error duplicate-score']);
    });
});

describe('invalid-value on quantities', () => {
    it('fires on percentages outside 0–100 and head counts that are not whole, at the value, and not on good ones', async () => {
        const found = await rulesFound({
            'a.svc': [
                'service S at development { nature mix 140% product }',
                'service T at development { nature mix 40% product }',
                'spec P for S { metric availability 100.5% measures performance metric fine 99.5% measures performance }',
                'alignment L { resources { people 2.5 } }',
                'alignment K { resources { people 2 } }'
            ].join('\n')
        });
        expect(found.filter(line => line.endsWith('invalid-value'))).toEqual([
            'a.svc:0 error invalid-value',
            'a.svc:2 error invalid-value',
            'a.svc:3 error invalid-value'
        ]);
    });
});
