import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { GrammarUtils, interruptAndCheck } from 'langium';
import type { DocumentSymbolProvider, LangiumServices, NodeKindProvider } from 'langium/lsp';
import type { DocumentSymbol, DocumentSymbolParams } from 'vscode-languageserver';
import { CancellationToken, SymbolKind } from 'vscode-languageserver';
import * as A from '../generated/ast.js';
import { startUnlessCancelled } from './cancellation.js';

/** What the outline shows for a node: its name, where the name is written, and a detail. */
interface Label {
    name: string;
    nameNode: CstNode | undefined;
    detail?: string;
}

/**
 * The outline: the file's declarations in source order, each with its nested elements (a
 * spec's metrics, an assessment's scores, a property's dimensions, a policy's rule settings),
 * inside one container for the file's package. Every range holds the ranges of its children and
 * no sibling's, so sticky scroll and breadcrumbs pin only what encloses the cursor.
 */
export class SvcDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly nodeKinds: NodeKindProvider;

    constructor(services: LangiumServices) {
        this.nodeKinds = services.shared.lsp.NodeKindProvider;
    }

    async getSymbols(document: LangiumDocument, _params: DocumentSymbolParams, cancelToken = CancellationToken.None): Promise<DocumentSymbol[]> {
        await startUnlessCancelled(cancelToken);
        const root = document.parseResult.value;
        if (!A.isSvcFile(root)) {
            return [];
        }
        // 20,000 declarations take a quarter of a second: a cancelled request stops between two.
        const symbols: DocumentSymbol[] = [];
        for (const member of root.members) {
            await interruptAndCheck(cancelToken);
            const symbol = this.symbol(member);
            if (symbol) symbols.push(symbol);
        }
        const keyword = GrammarUtils.findNodeForKeyword(root.$cstNode, 'package');
        const name = GrammarUtils.findNodeForProperty(root.$cstNode, 'package');
        const last = symbols.at(-1);
        if (!root.package || !keyword || !name || !last) return symbols;
        const range = { start: keyword.range.start, end: last.range.end };
        return [{ name: root.package, kind: SymbolKind.Package, range, selectionRange: name.range, children: symbols }];
    }

    private symbol(node: AstNode): DocumentSymbol | undefined {
        const label = labelOf(node);
        if (!label?.nameNode || !node.$cstNode) {
            return undefined;
        }
        const children = childrenOf(node)
            .map(child => this.symbol(child))
            .filter((symbol): symbol is DocumentSymbol => symbol !== undefined);
        return {
            name: label.name,
            detail: label.detail,
            kind: A.isPolicy(node) ? SymbolKind.Object : this.nodeKinds.getSymbolKind(node),
            range: node.$cstNode.range,
            selectionRange: label.nameNode.range,
            children: children.length > 0 ? children : undefined
        };
    }
}

function labelOf(node: AstNode): Label | undefined {
    const written = (property: string) => GrammarUtils.findNodeForProperty(node.$cstNode, property);
    if (A.isScore(node)) return { name: node.property.$refText, nameNode: written('property'), detail: String(node.value) };
    if (A.isRuleSetting(node)) return { name: node.rule, nameNode: written('rule'), detail: node.severity };
    if (A.isMetric(node)) return { name: node.name, nameNode: written('name'), detail: node.value?.$cstNode?.text };
    if (A.isPolicy(node)) return { name: 'policy', nameNode: GrammarUtils.findNodeForKeyword(node.$cstNode, 'policy') };
    if ('name' in node && typeof node.name === 'string') {
        const title = 'title' in node && typeof node.title === 'string' ? node.title : undefined;
        return { name: node.name, nameNode: written('name'), detail: title };
    }
    return undefined;
}

function childrenOf(node: AstNode): AstNode[] {
    if (A.isSpec(node)) return node.metrics;
    if (A.isAssessment(node)) return node.scores;
    if (A.isProperty(node)) return node.dimensions;
    if (A.isPolicy(node)) return node.rules;
    return [];
}
