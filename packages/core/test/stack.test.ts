import { describe, expect, it } from 'vitest';
import { alignment, findingsOf, healthy, need, service, unresolved, workspace } from './builders.js';

describe('service-purposeless', () => {
    it('fires on a service that covers no need and supports or manages no purposeful service', () => {
        const idle = service('Idle', 'development', { supportedBy: ['Base'] });
        const base = service('Base', 'it-operations');
        const findings = findingsOf(workspace(idle, base), 'service-purposeless');
        expect(findings.map(f => f.element)).toEqual(['Idle', 'Base']);
        expect(findings[0]).toMatchObject({ severity: 'warning' });
        expect(findings[0]?.message).toBe("Service 'Idle' has no purpose: it covers no need and supports or manages no purposeful service");
        expect(findings[0]?.location).toEqual(idle.nameLocation);
    });

    it('does not fire on services that cover a need, support one transitively or manage one', () => {
        const model = workspace(
            need('N'),
            service('Front', 'business-process-execution', { addresses: ['N'], supportedBy: ['Mid'] }),
            service('Mid', 'development', { supportedBy: ['Low'] }),
            service('Low', 'it-operations'),
            service('Manager', 'service-management', { manages: ['Low'] })
        );
        expect(findingsOf(model, 'service-purposeless')).toEqual([]);
    });

    it('leaves to unresolved-reference every service whose purpose hangs on an unresolved name (one slip, one finding)', () => {
        const model = workspace(
            need('N'),
            // A misspelt supportedBy may have meant Low, and Low's supporter Lower with it.
            service('Front', 'business-process-execution', { addresses: ['N'], supportedBy: [unresolved('Loow')] }),
            service('Low', 'it-operations', { supportedBy: ['Lower'] }),
            service('Lower', 'it-operations'),
            // Its own misspelt addresses and manages, and an aligns clause with a misspelt need.
            service('Addresser', 'development', { addresses: [unresolved('Nx')] }),
            service('Manager', 'service-management', { manages: [unresolved('Frnt')] }),
            service('Aligned', 'development'),
            alignment('A', { aligns: [[unresolved('Nedd'), ['Aligned']]] }),
            service('Idle', 'development')
        );
        expect(findingsOf(model, 'service-purposeless').map(f => f.element)).toEqual(['Idle']);
    });
});

describe('service-unsupported', () => {
    it('fires on a business-level service that reaches no core IT service', () => {
        const lonely = service('Lonely', 'business-engineering', { supportedBy: ['Process'] });
        const process = service('Process', 'business-process-engineering');
        const findings = findingsOf(workspace(lonely, process), 'service-unsupported');
        expect(findings.map(f => f.element)).toEqual(['Lonely', 'Process']);
        expect(findings[0]?.message).toBe(
            "Service 'Lonely' (business-engineering) reaches no core IT service (service-design, development, it-operations) through supportedBy"
        );
        expect(findings[0]?.location).toEqual(lonely.nameLocation);
    });

    it('does not fire when a core service is reached transitively, nor on core or management services', () => {
        const model = workspace(
            service('Top', 'business-engineering', { supportedBy: ['Middle'] }),
            service('Middle', 'business-process-execution', { supportedBy: ['Design'] }),
            service('Design', 'service-design'),
            service('Ops', 'it-operations'),
            service('Mgmt', 'service-management')
        );
        expect(findingsOf(model, 'service-unsupported')).toEqual([]);
    });

    it('leaves to unresolved-reference a service whose chain down has an unresolved supportedBy', () => {
        const model = workspace(
            service('Top', 'business-engineering', { supportedBy: ['Middle'] }),
            service('Middle', 'business-process-execution', { supportedBy: [unresolved('Dsign')] }),
            service('Alone', 'business-engineering')
        );
        expect(findingsOf(model, 'service-unsupported').map(f => f.element)).toEqual(['Alone']);
    });
});

describe('support-inverted', () => {
    it('fires on a supportedBy reference to a higher level, at that reference', () => {
        const low = service('Low', 'development', { supportedBy: ['High', 'Lower'] });
        const model = workspace(low, service('High', 'business-process-execution'), service('Lower', 'it-operations'));
        const findings = findingsOf(model, 'support-inverted');
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ element: 'Low', severity: 'warning' });
        expect(findings[0]?.message).toBe("Service 'Low' (development) is supported by service 'High' at a higher level (business-process-execution)");
        expect(findings[0]?.location).toEqual(low.supportedBy[0]?.location);
    });

    it('does not fire for the same level, a lower level or service-management', () => {
        const model = workspace(
            service('A', 'development', { supportedBy: ['B', 'C', 'M'] }),
            service('B', 'development'),
            service('C', 'it-operations'),
            service('M', 'service-management', { supportedBy: ['A'] })
        );
        expect(findingsOf(model, 'support-inverted')).toEqual([]);
    });
});

describe('support-cycle', () => {
    it('fires on every service of a cycle, naming the cycle', () => {
        const a = service('A', 'development', { supportedBy: ['B'] });
        const b = service('B', 'development', { supportedBy: ['C'] });
        const c = service('C', 'development', { supportedBy: ['A', 'D'] });
        const d = service('D', 'development');
        const findings = findingsOf(workspace(a, b, c, d), 'support-cycle');
        expect(findings.map(f => [f.element, f.location])).toEqual([
            ['A', a.nameLocation],
            ['B', b.nameLocation],
            ['C', c.nameLocation]
        ]);
        expect(findings[0]).toMatchObject({ severity: 'error' });
        expect(findings[0]?.message).toBe("Service 'A' lies on a supportedBy cycle: 'A', 'B' and 'C'");
    });

    it('counts a service that supports itself', () => {
        const self = service('Self', 'development', { supportedBy: ['Self'] });
        const findings = findingsOf(workspace(self), 'support-cycle');
        expect(findings.map(f => [f.element, f.message])).toEqual([['Self', "Service 'Self' lies on a supportedBy cycle: 'Self'"]]);
    });

    it('does not fire on a diamond without a cycle', () => {
        const model = workspace(
            service('Top', 'development', { supportedBy: ['L', 'R'] }),
            service('L', 'development', { supportedBy: ['Bottom'] }),
            service('R', 'development', { supportedBy: ['Bottom'] }),
            service('Bottom', 'it-operations')
        );
        expect(findingsOf(model, 'support-cycle')).toEqual([]);
    });

    it('finds separate cycles and leaves out services that only lead into one', () => {
        const model = workspace(
            service('Entry', 'development', { supportedBy: ['A'] }),
            service('A', 'development', { supportedBy: ['B'] }),
            service('B', 'development', { supportedBy: ['A', 'C'] }),
            service('C', 'development', { supportedBy: ['D'] }),
            service('D', 'development', { supportedBy: ['C', 'Exit'] }),
            service('Exit', 'it-operations')
        );
        expect(findingsOf(model, 'support-cycle').map(f => f.message)).toEqual([
            "Service 'A' lies on a supportedBy cycle: 'A' and 'B'",
            "Service 'B' lies on a supportedBy cycle: 'A' and 'B'",
            "Service 'C' lies on a supportedBy cycle: 'C' and 'D'",
            "Service 'D' lies on a supportedBy cycle: 'C' and 'D'"
        ]);
    });

    it('names at most five services of a long cycle', () => {
        const services = Array.from({ length: 7 }, (_, i) => service(`S${i}`, 'development', { supportedBy: [`S${(i + 1) % 7}`] }));
        const findings = findingsOf(workspace(...services), 'support-cycle');
        expect(findings).toHaveLength(7);
        expect(findings[0]?.message).toBe("Service 'S0' lies on a supportedBy cycle: 'S0', 'S1', 'S2', 'S3', 'S4' and 2 more");
    });
});

describe('service-unmanaged', () => {
    it('fires on a service no service-management service manages', () => {
        const loose = service('Loose', 'it-operations');
        const model = workspace(loose, service('NotManager', 'development', { manages: ['Loose'] }));
        const findings = findingsOf(model, 'service-unmanaged');
        expect(findings.map(f => f.element)).toEqual(['Loose', 'NotManager']);
        expect(findings[0]?.message).toBe("Service 'Loose' is not managed by any service-management service");
        expect(findings[0]?.location).toEqual(loose.nameLocation);
    });

    it('does not fire on managed services or on management services themselves', () => {
        expect(findingsOf(healthy().model, 'service-unmanaged')).toEqual([]);
    });
});
