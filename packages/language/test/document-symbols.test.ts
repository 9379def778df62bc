import { describe, expect, it } from 'vitest';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { buildWorkspace } from './helpers.js';

const TEXT = `package acme
service Hosting "Application hosting" at it-operations
need CostEstimating "Estimate costs"
stakeholder Boss { perspective business }
property resilience { group core  dimension recovery "Time to recover" }
need Pricing
spec HostingSla for Hosting {
  metric availability 99.5% measures performance
  metric timeToFix 2d
}
assessment Q3 of Hosting { score performance 80  score support 60 }
policy { rule spec-unsigned off }
`;

/** name (detail) [kind] and children, for comparing trees at a glance. */
type Shape = [string, SymbolKind, Shape[]?];
const shape = (symbols: DocumentSymbol[] | undefined): Shape[] | undefined =>
    symbols?.map(s => (s.children ? [s.detail ? `${s.name} (${s.detail})` : s.name, s.kind, shape(s.children)!] : [s.detail ? `${s.name} (${s.detail})` : s.name, s.kind]));

describe('document symbols', () => {
    it('groups declarations by kind, in the order of the language reference, with nested elements', async () => {
        const { Svc, documents } = await buildWorkspace({ 'a.svc': TEXT });
        const document = documents['a.svc']!;
        const symbols = (await Svc.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } })) as DocumentSymbol[];
        expect(shape(symbols)).toEqual([
            ['Stakeholders', SymbolKind.Namespace, [['Boss', SymbolKind.Variable]]],
            ['Properties', SymbolKind.Namespace, [['resilience', SymbolKind.Property, [['recovery (Time to recover)', SymbolKind.Field]]]]],
            ['Needs', SymbolKind.Namespace, [['CostEstimating (Estimate costs)', SymbolKind.Interface], ['Pricing', SymbolKind.Interface]]],
            ['Services', SymbolKind.Namespace, [['Hosting (Application hosting)', SymbolKind.Class]]],
            ['Specs', SymbolKind.Namespace, [['HostingSla', SymbolKind.Struct, [['availability (99.5%)', SymbolKind.Number], ['timeToFix (2d)', SymbolKind.Number]]]]],
            ['Assessments', SymbolKind.Namespace, [['Q3', SymbolKind.Function, [['performance (80)', SymbolKind.Field], ['support (60)', SymbolKind.Field]]]]],
            ['policy', SymbolKind.Object, [['spec-unsigned (off)', SymbolKind.Field]]]
        ]);
    });

    it('selects the name and spans the declaration; a group spans its members', async () => {
        const { Svc, documents } = await buildWorkspace({ 'a.svc': TEXT });
        const document = documents['a.svc']!;
        const symbols = (await Svc.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } })) as DocumentSymbol[];
        const needs = symbols.find(s => s.name === 'Needs')!;
        expect(needs.children![0]).toMatchObject({ selectionRange: { start: { line: 2, character: 5 }, end: { line: 2, character: 19 } } });
        expect(needs.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 5, character: 12 } });
    });
});

describe('workspace symbols', () => {
    it('finds declarations of every file by qualified name, with their kind', async () => {
        const { shared } = await buildWorkspace({ 'a.svc': TEXT, 'b.svc': 'package other\nneed Estimation' });
        const symbols = await shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'Estim' });
        expect(symbols.map(s => [s.name, s.kind, s.location.uri])).toEqual([
            ['acme.CostEstimating', SymbolKind.Interface, 'file:///ws/a.svc'],
            ['other.Estimation', SymbolKind.Interface, 'file:///ws/b.svc']
        ]);
    });
});
