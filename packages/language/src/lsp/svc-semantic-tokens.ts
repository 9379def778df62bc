import type { AstNode, AstReflection, ReferenceInfo } from 'langium';
import { AstUtils } from 'langium';
import type { LangiumServices, SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isBuiltinUri } from '../builtins.js';
import { isImport, isService, isSvcFile } from '../generated/ast.js';

/** Token type per kind of declaration; gaps, specs, assessments, alignments, metrics and dimensions share `type`. */
const TOKEN_TYPES: Record<string, string> = {
    Stakeholder: SemanticTokenTypes.variable,
    Need: SemanticTokenTypes.interface,
    Service: SemanticTokenTypes.class,
    Property: SemanticTokenTypes.property,
    Change: SemanticTokenTypes.event
};

function tokenType(astType: string): string {
    return TOKEN_TYPES[astType] ?? SemanticTokenTypes.type;
}

/**
 * Colours names by what they name, at the declaration and at every reference, since every
 * keyword is also a valid name and the TextMate grammar alone cannot tell `budget` the name
 * from `budget` the keyword. Stack levels are enum members; built-in catalogue names carry
 * `defaultLibrary`.
 */
export class SvcSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly reflection: AstReflection;

    constructor(services: LangiumServices) {
        super(services);
        this.reflection = services.shared.AstReflection;
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if ('name' in node && typeof node.name === 'string') {
            acceptor({ node, property: 'name', type: tokenType(node.$type), modifier: [SemanticTokenModifiers.declaration, ...library(node)] });
        }
        if (isService(node)) {
            acceptor({ node, property: 'level', type: SemanticTokenTypes.enumMember });
        }
        if (isSvcFile(node) || isImport(node)) {
            acceptor({ node, property: 'package', type: SemanticTokenTypes.namespace });
        }
        for (const reference of AstUtils.streamReferences(node)) {
            this.highlightReference(reference, acceptor);
        }
    }

    /** An unresolved reference is coloured by the kind it expects, so colours hold steady while typing. */
    private highlightReference(info: ReferenceInfo, acceptor: SemanticTokenAcceptor): void {
        const target = 'ref' in info.reference ? info.reference.ref : undefined;
        const type = tokenType(target?.$type ?? this.reflection.getReferenceType(info));
        const modifier = target ? library(target) : [];
        acceptor({ node: info.container, property: info.property, index: info.index, type, modifier });
    }
}

function library(node: AstNode): string[] {
    return isBuiltinUri(AstUtils.getDocument(node).uri.toString()) ? [SemanticTokenModifiers.defaultLibrary] : [];
}
