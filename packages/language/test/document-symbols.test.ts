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
    symbols?.map(s =>
        s.children ? [s.detail ? `${s.name} (${s.detail})` : s.name, s.kind, shape(s.children)!] : [s.detail ? `${s.name} (${s.detail})` : s.name, s.kind]
    );

describe('document symbols', () => {
    it('lists declarations in source order, with nested elements, inside one container for the package', async () => {
        const { Svc, documents } = await buildWorkspace({ 'a.svc': TEXT });
        const document = documents['a.svc']!;
        const symbols = await Svc.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(shape(symbols)).toEqual([
            [
                'acme',
                SymbolKind.Package,
                [
                    ['Hosting (Application hosting)', SymbolKind.Class],
                    ['CostEstimating (Estimate costs)', SymbolKind.Interface],
                    ['Boss', SymbolKind.Variable],
                    ['resilience', SymbolKind.Property, [['recovery (Time to recover)', SymbolKind.Field]]],
                    ['Pricing', SymbolKind.Interface],
                    [
                        'HostingSla',
                        SymbolKind.Struct,
                        [
                            ['availability (99.5%)', SymbolKind.Number],
                            ['timeToFix (2d)', SymbolKind.Number]
                        ]
                    ],
                    [
                        'Q3',
                        SymbolKind.Function,
                        [
                            ['performance (80)', SymbolKind.Field],
                            ['support (60)', SymbolKind.Field]
                        ]
                    ],
                    ['policy', SymbolKind.Object, [['spec-unsigned (off)', SymbolKind.Field]]]
                ]
            ]
        ]);
    });

    it('selects the name and spans the declaration; ranges nest and siblings never overlap', async () => {
        const { Svc, documents } = await buildWorkspace({ 'a.svc': TEXT });
        const document = documents['a.svc']!;
        const symbols = await Svc.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        const pkg = symbols[0]!;
        expect(pkg.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 11, character: 33 } });
        expect(pkg.selectionRange).toEqual({ start: { line: 0, character: 8 }, end: { line: 0, character: 12 } });
        expect(pkg.children![1]).toMatchObject({ selectionRange: { start: { line: 2, character: 5 }, end: { line: 2, character: 19 } } });
        const before = (a: { line: number; character: number }, b: typeof a) => a.line < b.line || (a.line === b.line && a.character <= b.character);
        const check = (parent: DocumentSymbol) => {
            const children = parent.children ?? [];
            children.forEach((child, i) => {
                expect(before(parent.range.start, child.range.start) && before(child.range.end, parent.range.end)).toBe(true);
                const next = children[i + 1];
                if (next) expect(before(child.range.end, next.range.start)).toBe(true);
                check(child);
            });
        };
        check(pkg);
    });

    it('has no container in the root package', async () => {
        const { Svc, documents } = await buildWorkspace({ 'a.svc': 'need A\nservice B at development\n' });
        const document = documents['a.svc']!;
        const symbols = await Svc.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(shape(symbols)).toEqual([
            ['A', SymbolKind.Interface],
            ['B', SymbolKind.Class]
        ]);
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

    it("matches the name's own words, camel-case humps and prefixes, not letters scattered along the package path", async () => {
        const { shared } = await buildWorkspace({
            'bids.svc': 'package org2.bids\nstakeholder BidManager { perspective business }\n',
            'sales.svc': 'package sales\nneed PurchaseOrder\nneed OrderIntake\nneed CostEstimating\n'
        });
        const names = async (query: string) => (await shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query })).map(s => s.name).sort();
        expect(await names('Order')).toEqual(['sales.OrderIntake', 'sales.PurchaseOrder']);
        expect(await names('CE')).toEqual(['sales.CostEstimating']);
        expect(await names('costEst')).toEqual(['sales.CostEstimating']);
        expect(await names('BM')).toEqual(['org2.bids.BidManager']);
        expect(await names('ordIn')).toEqual(['sales.OrderIntake']);
        expect(await names('rder')).toEqual([]);
        expect(await names('bids.Bid')).toEqual(['org2.bids.BidManager']);
        expect(await names('sales')).toHaveLength(3);
    });
});
