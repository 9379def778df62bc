import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { DocumentSymbolProvider, LangiumServices, NodeKindProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import * as A from '../generated/ast.js';

/** Outline groups, in the order of the language reference. */
const GROUPS: ReadonlyArray<[type: string, label: string]> = [
    [A.Stakeholder.$type, 'Stakeholders'],
    [A.Property.$type, 'Properties'],
    [A.CommonDimension.$type, 'Dimensions'],
    [A.Need.$type, 'Needs'],
    [A.Gap.$type, 'Gaps'],
    [A.Change.$type, 'Changes'],
    [A.Service.$type, 'Services'],
    [A.Spec.$type, 'Specs'],
    [A.Assessment.$type, 'Assessments'],
    [A.Alignment.$type, 'Alignments']
];

/** What the outline shows for a node: its name, where the name is written, and a detail. */
interface Label {
    name: string;
    nameNode: CstNode | undefined;
    detail?: string;
}

/**
 * The outline, grouped by kind ("Needs", "Services", …), each declaration with its nested
 * elements: a spec's metrics, an assessment's scores, a property's dimensions, a policy's
 * rule settings. A policy has no name and stands on its own after the groups.
 */
export class SvcDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly nodeKinds: NodeKindProvider;

    constructor(services: LangiumServices) {
        this.nodeKinds = services.shared.lsp.NodeKindProvider;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!A.isSvcFile(root)) {
            return [];
        }
        const groups = GROUPS.map(([type, label]) => this.group(label, root.members.filter(member => member.$type === type)));
        const policies = root.members.filter(A.isPolicy).map(policy => this.symbol(policy));
        return [...groups, ...policies].filter((symbol): symbol is DocumentSymbol => symbol !== undefined);
    }

    private group(label: string, members: AstNode[]): DocumentSymbol | undefined {
        const children = members.map(member => this.symbol(member)).filter((symbol): symbol is DocumentSymbol => symbol !== undefined);
        const [first, last] = [children[0], children[children.length - 1]];
        if (!first || !last) {
            return undefined;
        }
        const range = { start: first.range.start, end: last.range.end };
        return { name: label, kind: SymbolKind.Namespace, range, selectionRange: first.selectionRange, children };
    }

    private symbol(node: AstNode): DocumentSymbol | undefined {
        const label = labelOf(node);
        if (!label?.nameNode || !node.$cstNode) {
            return undefined;
        }
        const children = childrenOf(node).map(child => this.symbol(child)).filter((symbol): symbol is DocumentSymbol => symbol !== undefined);
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
