import { describe, expect, it } from 'vitest';
import type { Finding } from '@svc-lang/core';
import { buildWorkspace } from './helpers.js';

async function findingsOf(files: Record<string, string>): Promise<Finding[]> {
    const { Svc } = await buildWorkspace(files);
    const { findingsByUri } = Svc.analysis.WorkspaceAnalysis.analyse({ today: '2011-01-01' });
    return [...findingsByUri.values()].flat();
}

const unresolved = (findings: Finding[]) => findings.filter(f => f.rule === 'unresolved-reference').map(f => f.message);

describe('scoping', () => {
    it('resolves simple names in the own package, through imports, and in the root package', async () => {
        const findings = await findingsOf({
            'root.svc': 'stakeholder Everyone { perspective business }',
            'core.svc': 'package acme.core\nneed Shared { raisedBy Everyone }',
            'bids.svc': 'package acme.bids\nimport acme.core\nneed Local\nservice S at development { addresses Shared, Local }'
        });
        expect(unresolved(findings)).toEqual([]);
    });

    it('does not make another package visible without an import, but its qualified name always works', async () => {
        const findings = await findingsOf({
            'core.svc': 'package acme.core\nneed Shared',
            'bids.svc': 'package acme.bids\nservice S at development { addresses Shared }\nservice T at development { addresses acme.core.Shared }'
        });
        expect(findings.filter(f => f.rule === 'unresolved-reference')).toMatchObject([
            { location: { uri: 'file:///ws/bids.svc', range: { start: { line: 1, character: 37 } } }, element: 'acme.bids.S', severity: 'error' }
        ]);
    });

    it('resolves only declarations of the expected kind', async () => {
        const findings = await findingsOf({ 'a.svc': 'stakeholder Boss { perspective business }\nservice S at development { addresses Boss }' });
        expect(unresolved(findings)).toHaveLength(1);
    });

    it('keeps the built-in properties and their leadership and budget dimensions in scope everywhere', async () => {
        const findings = await findingsOf({
            'a.svc':
                'package deep.inside\nneed N { requires { infrastructure 50 strategy 60 } }\nservice S at it-operations { addresses N }\nassessment A of S { score infrastructure 40 { leadership 30 budget 20 } }'
        });
        expect(unresolved(findings)).toEqual([]);
    });

    it("resolves a property's own dimensions only on that property", async () => {
        const findings = await findingsOf({
            'a.svc':
                'property resilience { group core dimension recovery }\nservice S at it-operations\nassessment A of S {\n  score resilience 40 { recovery 30 }\n  score performance 40 { recovery 30 }\n}'
        });
        expect(findings.filter(f => f.rule === 'unresolved-reference')).toMatchObject([{ location: { range: { start: { line: 4, character: 25 } } } }]);
    });

    it('reports duplicate-name on each duplicate, across files, and on a user property shadowing a built-in', async () => {
        const findings = await findingsOf({
            'a.svc': 'package p\nneed Twice',
            'b.svc': 'package p\nservice Twice at development\nproperty performance { group core }'
        });
        const duplicates = findings.filter(f => f.rule === 'duplicate-name');
        expect(duplicates.map(f => [f.location.uri, f.location.range.start.line])).toEqual([
            ['file:///ws/a.svc', 1],
            ['file:///ws/b.svc', 1]
        ]);
        const rootDuplicate = await findingsOf({ 'c.svc': 'property performance { group core }' });
        expect(rootDuplicate.filter(f => f.rule === 'duplicate-name').map(f => f.location.uri)).toEqual(['file:///ws/c.svc']);
    });
});
