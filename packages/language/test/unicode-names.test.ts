import { describe, expect, it } from 'vitest';
import { buildDocumentModel } from '../src/model/build-document-model.js';
import { buildWorkspace } from './helpers.js';

// Revision 2: names are Unicode identifiers, compared after NFC normalisation.
const DECOMPOSED = 'Scolarite\u0301'; // e + combining acute accent
const COMPOSED = 'Scolarité';

describe('Unicode names', () => {
    it('parse and link in any script, with no syntax or link error', async () => {
        const { documents } = await buildWorkspace({
            'a.svc':
                'package école.経理\nstakeholder Directrice { perspective business }\nneed Scolarité { raisedBy Directrice }\nservice 経理サービス at development { addresses Scolarité }',
            'b.svc': 'package autre\nimport école.経理\nservice Ω_2 at it-operations { addresses école.経理.Scolarité }'
        });
        for (const document of Object.values(documents)) expect(document.diagnostics ?? []).toEqual([]);
        const model = buildDocumentModel(documents['a.svc']!);
        expect(model.declarations.map(d => d.qualifiedName)).toEqual(['école.経理.Directrice', 'école.経理.Scolarité', 'école.経理.経理サービス']);
    });

    it('are one name however the accent is typed (NFC)', async () => {
        const { documents } = await buildWorkspace({ 'a.svc': `need ${DECOMPOSED}\nservice S at development { addresses ${COMPOSED} }` });
        const document = documents['a.svc']!;
        expect(document.diagnostics ?? []).toEqual([]);
        const model = buildDocumentModel(document);
        expect(model.declarations[0]?.qualifiedName).toBe(COMPOSED);
        expect(model.declarations[1]?.kind === 'service' && model.declarations[1].addresses[0]?.target).toBe(COMPOSED);
    });

    it('can be given by rename, and a name that is no identifier is refused', async () => {
        const text = 'need Old\nservice S at development { addresses Old }';
        const workspace = await buildWorkspace({ 'a.svc': text });
        const document = workspace.documents['a.svc']!;
        const params = { textDocument: { uri: document.uri.toString() }, position: { line: 0, character: 6 } };
        const edit = await workspace.Svc.lsp.RenameProvider!.rename(document, { ...params, newName: 'Scolarité' });
        expect(
            Object.values(edit?.changes ?? {})
                .flat()
                .map(change => change.newText)
        ).toEqual(['Scolarité', 'Scolarité']);
        await expect(workspace.Svc.lsp.RenameProvider!.rename(document, { ...params, newName: 'deux mots' })).rejects.toThrow(/not a valid name/);
    });
});

describe('Unicode names and the lexer', () => {
    it('start with any letter: Latin-1, Greek, CJK, and beyond the Basic Multilingual Plane', async () => {
        const names = ['École', 'Ωmega', '経理', 'ŽŠĆ', '𝒜lpha', 'ǅ', 'ÿ'];
        const { documents } = await buildWorkspace({ 'a.svc': names.map(name => `need ${name}`).join('\n') });
        expect(documents['a.svc']!.diagnostics ?? []).toEqual([]);
        expect(buildDocumentModel(documents['a.svc']!).declarations.map(d => d.name)).toEqual(names);
    });
});
