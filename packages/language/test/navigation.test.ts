import { describe, expect, it } from 'vitest';
import type { Position } from 'vscode-languageserver';
import { BUILTIN_URI } from '../src/builtins.js';
import { buildWorkspace } from './helpers.js';

const FILES = {
    'core.svc': 'package acme.core\nneed Shared "Shared need"\nstakeholder Boss { perspective business }',
    'bids.svc':
        'package acme.bids\nimport acme.core\nservice S at development {\n  addresses Shared\n}\nservice T at development { addresses acme.core.Shared supportedBy S }\nneed Local { requires { performance 70 } raisedBy Boss }'
};

/** The position of the `occurrence`-th match of `needle` in `text` (offset `into` characters into it). */
function positionOf(text: string, needle: string, occurrence = 1, into = 0): Position {
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
        index = text.indexOf(needle, index + 1);
    }
    const before = text.slice(0, index + into).split('\n');
    return { line: before.length - 1, character: before[before.length - 1]!.length };
}

async function setup() {
    const workspace = await buildWorkspace(FILES);
    const at = (file: keyof typeof FILES, needle: string, occurrence = 1, into = 0) => ({
        document: workspace.documents[file]!,
        params: { textDocument: { uri: workspace.documents[file]!.uri.toString() }, position: positionOf(FILES[file], needle, occurrence, into) }
    });
    return { lsp: workspace.Svc.lsp, at };
}

describe('navigation', () => {
    it('goes to the definition across files, for simple and qualified references and built-ins', async () => {
        const { lsp, at } = await setup();
        const simple = at('bids.svc', 'Shared');
        const [target] = (await lsp.DefinitionProvider!.getDefinition(simple.document, simple.params)) ?? [];
        expect(target).toMatchObject({ targetUri: 'file:///ws/core.svc', targetSelectionRange: { start: { line: 1, character: 5 } } });
        const qualified = at('bids.svc', 'acme.core.Shared', 1, 12);
        const [viaQualified] = (await lsp.DefinitionProvider!.getDefinition(qualified.document, qualified.params)) ?? [];
        expect(viaQualified?.targetUri).toBe('file:///ws/core.svc');
        const builtin = at('bids.svc', 'performance');
        const [property] = (await lsp.DefinitionProvider!.getDefinition(builtin.document, builtin.params)) ?? [];
        expect(property?.targetUri).toBe(BUILTIN_URI);
    });

    it('finds every reference in the workspace, with or without the declaration', async () => {
        const { lsp, at } = await setup();
        const declaration = at('core.svc', 'Shared');
        const withDeclaration = await lsp.ReferencesProvider!.findReferences(declaration.document, {
            ...declaration.params,
            context: { includeDeclaration: true }
        });
        expect(withDeclaration.map(location => `${location.uri.replace('file:///ws/', '')}:${location.range.start.line}`).sort()).toEqual([
            'bids.svc:3',
            'bids.svc:5',
            'core.svc:1'
        ]);
        const without = await lsp.ReferencesProvider!.findReferences(declaration.document, { ...declaration.params, context: { includeDeclaration: false } });
        expect(without).toHaveLength(2);
    });

    it('renames across files and keeps the qualifier of qualified references', async () => {
        const { lsp, at } = await setup();
        const declaration = at('core.svc', 'Shared');
        const edit = await lsp.RenameProvider!.rename(declaration.document, { ...declaration.params, newName: 'Common' });
        const edits = Object.entries(edit?.changes ?? {}).flatMap(([uri, changes]) => changes.map(change => ({ uri, ...change })));
        expect(edits.every(change => change.newText === 'Common')).toBe(true);
        const bids = edits.filter(change => change.uri === 'file:///ws/bids.svc').map(change => change.range);
        // `addresses Shared` (line 3) and `addresses acme.core.Shared` (line 5): only `Shared` is replaced.
        expect(bids).toContainEqual({ start: { line: 3, character: 12 }, end: { line: 3, character: 18 } });
        expect(bids).toContainEqual({ start: { line: 5, character: 47 }, end: { line: 5, character: 53 } });
        expect(edits.filter(change => change.uri === 'file:///ws/core.svc')).toHaveLength(1);
    });

    it('refuses a new name that is not a name', async () => {
        const { lsp, at } = await setup();
        const declaration = at('core.svc', 'Shared');
        await expect(lsp.RenameProvider!.rename(declaration.document, { ...declaration.params, newName: 'two words' })).rejects.toThrow(/not a valid name/);
    });

    it('refuses, with RequestFailed, a new name that another declaration of the same package holds', async () => {
        const { lsp, at } = await setup();
        const declaration = at('core.svc', 'Shared');
        const taken = lsp.RenameProvider!.rename(declaration.document, { ...declaration.params, newName: 'Boss' });
        await expect(taken).rejects.toMatchObject({ code: -32803, message: "'Boss' is already declared in package acme.core" });
        await expect(lsp.RenameProvider!.rename(declaration.document, { ...declaration.params, newName: 'two words' })).rejects.toMatchObject({ code: -32803 });
        // `Local` is a name of package acme.bids, not of acme.core; keeping the name is no clash either.
        expect(await lsp.RenameProvider!.rename(declaration.document, { ...declaration.params, newName: 'Local' })).toBeDefined();
        expect(await lsp.RenameProvider!.rename(declaration.document, { ...declaration.params, newName: 'Shared' })).toBeDefined();
    });

    it('highlights the declaration and its references within the document', async () => {
        const { lsp, at } = await setup();
        const service = at('bids.svc', 'service S', 1, 8);
        const highlights = await lsp.DocumentHighlightProvider!.getDocumentHighlight(service.document, service.params);
        expect((highlights ?? []).map(highlight => highlight.range.start.line).sort()).toEqual([2, 5]);
    });
});
