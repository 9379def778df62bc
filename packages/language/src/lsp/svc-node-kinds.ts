import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

/** One icon per kind of declaration, the same in outline, workspace symbols and completion. */
const KINDS: Record<string, [SymbolKind, CompletionItemKind]> = {
    Stakeholder: [SymbolKind.Variable, CompletionItemKind.Variable],
    Property: [SymbolKind.Property, CompletionItemKind.Property],
    Dimension: [SymbolKind.Field, CompletionItemKind.Field],
    CommonDimension: [SymbolKind.Field, CompletionItemKind.Field],
    Need: [SymbolKind.Interface, CompletionItemKind.Interface],
    Gap: [SymbolKind.Constant, CompletionItemKind.Constant],
    Change: [SymbolKind.Event, CompletionItemKind.Event],
    Service: [SymbolKind.Class, CompletionItemKind.Class],
    Spec: [SymbolKind.Struct, CompletionItemKind.Struct],
    Metric: [SymbolKind.Number, CompletionItemKind.Value],
    Assessment: [SymbolKind.Function, CompletionItemKind.Function],
    Alignment: [SymbolKind.Operator, CompletionItemKind.Operator]
};

export class SvcNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return KINDS[typeOf(node)]?.[0] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return KINDS[typeOf(node)]?.[1] ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
