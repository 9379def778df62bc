import { describe, expect, it } from 'vitest';
import { formatJson } from '../src/format/json.js';
import { context, finding, FINDINGS, SUMMARY } from './findings.js';

describe('json format', () => {
    it('reports diagnostics with 1-based positions, the summary and the indicators', () => {
        const indicators = { coverage: { needs: 0.5 } } as never;
        const report = JSON.parse(formatJson(FINDINGS, SUMMARY, context({ indicators })));
        expect(Object.keys(report)).toEqual(['diagnostics', 'summary', 'indicators']);
        expect(report.diagnostics.map((d: { rule: string }) => d.rule)).toEqual([
            'duplicate-name',
            'need-uncovered',
            'alignment-unmeasured',
            'service-unmanaged'
        ]);
        expect(report.diagnostics[3]).toEqual({
            file: 'specs/b.svc',
            line: 3,
            column: 1,
            endLine: 3,
            endColumn: 5,
            severity: 'warning',
            rule: 'service-unmanaged',
            message: 'No service-management service manages Hosting.',
            element: 'acme.Hosting'
        });
        expect(report.summary).toEqual(SUMMARY);
        expect(report.indicators).toEqual(indicators);
    });

    it('gives null for an absent element and absent indicators', () => {
        const report = JSON.parse(formatJson([finding('a.svc', 0, 0, 'error', 'syntax', 'Unexpected }')], SUMMARY, context()));
        expect(report.diagnostics[0].element).toBeNull();
        expect(report.indicators).toBeNull();
    });

    it('is pretty-printed with two spaces', () => {
        expect(formatJson([], SUMMARY, context())).toContain('\n  "diagnostics": []');
    });
});
