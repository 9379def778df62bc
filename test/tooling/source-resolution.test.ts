import { describe, expect, it } from 'vitest';

describe('unit tests run against sources', () => {
    it("resolves @svc-lang/* to the packages' src, never to a stale dist", async () => {
        // One module instance means one resolution: the alias points at the source file.
        expect(await import('@svc-lang/core')).toBe(await import('../../packages/core/src/index.js'));
        expect(await import('@svc-lang/diagram')).toBe(await import('../../packages/diagram/src/index.js'));
        expect(await import('@svc-lang/language')).toBe(await import('../../packages/language/src/index.js'));
    });
});
