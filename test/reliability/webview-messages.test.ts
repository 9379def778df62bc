// The preview page is a web page: whatever it posts, the extension must neither throw nor act
// on anything but a well-formed known command (issue 6: 1,000 random or malformed messages).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRefused, parseFromPage } from '../../packages/vscode/src/preview/messages.js';

const COMMANDS = ['ready', 'export', 'selectView', 'selectElement', 'reveal'];
const VIEWS = ['stack', 'alignment', 'profile', 'gaps', 'agility'];

/** Anything structured clone can carry, BigInt and odd keys included. */
const anyValue = fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true, withDate: true, withTypedArray: true });

/** Messages that look almost right: a known type with random or near-miss fields. */
const nearMiss = fc.record(
    {
        type: fc.oneof(fc.constantFrom(...COMMANDS), fc.string()),
        view: fc.oneof(fc.constantFrom(...VIEWS, 'toString', '__proto__'), anyValue),
        element: fc.oneof(fc.string({ maxLength: 1200 }), anyValue),
        command: fc.constantFrom('workbench.action.quit', 'command:svc.restartServer')
    },
    { requiredKeys: ['type'] }
);

/** What a message may become: only the checked fields of one known command. */
function expectKnownOrRefused(data: unknown): void {
    const message = parseFromPage(data);
    if (message === undefined) {
        expect(typeof describeRefused(data)).toBe('string');
        return;
    }
    expect(COMMANDS).toContain(message.type);
    const fields = Object.keys(message).sort();
    if (message.type === 'selectView') {
        expect(fields).toEqual(['type', 'view']);
        expect(VIEWS).toContain(message.view);
    } else if (message.type === 'selectElement' || message.type === 'reveal') {
        expect(fields).toEqual(['element', 'type']);
        expect(message.element.length).toBeGreaterThan(0);
        expect(message.element.length).toBeLessThanOrEqual(1000);
    } else {
        expect(fields).toEqual(['type']);
    }
}

describe('messages from the preview page, at random', () => {
    it('1,000 arbitrary values: no exception, and none becomes a command', () => {
        fc.assert(
            fc.property(anyValue, data => {
                expectKnownOrRefused(data);
                // A random value that is not a record with a known `type` is never a command.
                const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
                if (typeof type !== 'string' || !COMMANDS.includes(type)) expect(parseFromPage(data)).toBeUndefined();
            }),
            { numRuns: 1000 }
        );
    });

    it('1,000 near misses of the known commands: each is refused or rebuilt from its checked fields only', () => {
        fc.assert(fc.property(nearMiss, expectKnownOrRefused), { numRuns: 1000 });
    });

    it('logs a refused message that JSON cannot write', () => {
        const cyclic: Record<string, unknown> = {};
        cyclic['self'] = cyclic;
        expect(describeRefused({ type: 1n })).toBe('a value (object) that JSON cannot show');
        expect(describeRefused(cyclic)).toBe('a value (object) that JSON cannot show');
        expect(describeRefused('x'.repeat(500))).toHaveLength(200);
    });
});
