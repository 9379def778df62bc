import { describe, expect, it } from 'vitest';
import { scopeFor, scopeMoved, type EditorPlace } from '../src/preview/preview-scope.js';

const IT: EditorPlace = { uri: 'file:///w/it.svc', package: 'acme.it', element: 'acme.it.Hosting' };
const ROOT: EditorPlace = { uri: 'file:///w/root.svc', package: '', element: null };

describe('the preview scope where the editor is', () => {
    it("draws the file's package, the file, or what is around the caret", () => {
        expect(scopeFor('package', 1, IT)).toEqual({ kind: 'packages', packages: ['acme.it'] });
        expect(scopeFor('package', 1, ROOT)).toEqual({ kind: 'packages', packages: [''] });
        expect(scopeFor('file', 1, IT)).toEqual({ kind: 'file', uri: 'file:///w/it.svc' });
        expect(scopeFor('element', 2, IT)).toEqual({ kind: 'element', element: 'acme.it.Hosting', depth: 2 });
        expect(scopeFor('workspace', 1, IT)).toBeUndefined();
    });

    it('falls back to the whole workspace while there is no place for the choice', () => {
        expect(scopeFor('package', 1, undefined)).toBeUndefined();
        expect(scopeFor('file', 1, { ...IT, package: null })).toBeUndefined();
        expect(scopeFor('element', 1, ROOT)).toBeUndefined();
    });

    it('redraws only when the move changes what the choice draws', () => {
        const elsewhereInIt = { ...IT, element: 'acme.it.Network' };
        expect(scopeMoved('package', 1, IT, elsewhereInIt)).toBe(false);
        expect(scopeMoved('element', 1, IT, elsewhereInIt)).toBe(true);
        expect(scopeMoved('package', 1, IT, ROOT)).toBe(true);
        expect(scopeMoved('workspace', 1, IT, ROOT)).toBe(false);
        expect(scopeMoved('package', 1, undefined, IT)).toBe(true);
    });
});
