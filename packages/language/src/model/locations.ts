import type { AstNode, CstNode, LangiumDocument, Reference } from 'langium';
import { AstUtils, GrammarAST, GrammarUtils, isCompositeCstNode } from 'langium';
import type { Range, Ref, SourceLocation } from '@svc-lang/core';
import { qualify } from '@svc-lang/core';
import { packageOf } from '../references/qualified-names.js';
import { isDimension, isSvcFile } from '../generated/ast.js';

/** Turns CST positions into model locations for one document. */
export class LocationFactory {
    /** Qualified names of reference targets: many references share one, and so can the model. */
    private readonly targets = new Map<AstNode, string | undefined>();

    constructor(readonly uri: string) {}

    of(node: AstNode | CstNode | undefined): SourceLocation {
        return { uri: this.uri, range: rangeOf(node) };
    }

    ofProperty(node: AstNode, property: string): SourceLocation {
        return this.of(propertyNode(node, property) ?? node);
    }

    /** Where the last of a repeated item is: the one the model keeps. */
    ofLastProperty(node: AstNode, property: string): SourceLocation {
        return this.of(propertyNode(node, property, 'last') ?? node);
    }

    ofKeyword(node: AstNode, keyword: string): SourceLocation {
        return this.of(GrammarUtils.findNodeForKeyword(node.$cstNode, keyword) ?? node);
    }

    /** From the start of `node` to the end of its `property`: e.g. `score functionality 60`. */
    upTo(node: AstNode, property: string): SourceLocation {
        const whole = rangeOf(node);
        const end = propertyNode(node, property)?.range.end ?? whole.end;
        return { uri: this.uri, range: { start: whole.start, end } };
    }

    ref(reference: Reference): Ref {
        const node = reference.ref;
        if (node && !this.targets.has(node)) this.targets.set(node, qualifiedNameOf(node));
        const target = node ? this.targets.get(node) : undefined;
        const location = this.of(reference.$refNode);
        return target === undefined ? { text: reference.$refText, location } : { text: reference.$refText, target, location };
    }
}

/**
 * The first (or last) CST node that sets `property` of `node`: what
 * `GrammarUtils.findNodeForProperty` returns, but it stops at the first match and remembers each
 * grammar element's assignment, where Langium collects every match; on a 5 MB file that halved
 * building the model.
 */
function propertyNode(node: AstNode, property: string, which: 'first' | 'last' = 'first'): CstNode | undefined {
    const pending: CstNode[] = node.$cstNode && isCompositeCstNode(node.$cstNode) ? [...node.$cstNode.content].reverse() : [];
    let found: CstNode | undefined;
    for (let cst = pending.pop(); cst; cst = pending.pop()) {
        if (assignedFeature(cst.grammarSource) === property) {
            if (which === 'first') return cst;
            found = cst;
            continue;
        }
        if (isCompositeCstNode(cst) && cst.astNode === node) {
            for (let i = cst.content.length - 1; i >= 0; i--) pending.push(cst.content[i]!);
        }
    }
    return found;
}

const features = new WeakMap<GrammarAST.AbstractElement, string | undefined>();

function assignedFeature(element: GrammarAST.AbstractElement | undefined): string | undefined {
    if (!element) return undefined;
    if (!features.has(element)) features.set(element, AstUtils.getContainerOfType(element, GrammarAST.isAssignment)?.feature);
    return features.get(element);
}

/**
 * The CST's own range object, shared rather than copied: nothing mutates ranges, and a model
 * of 40,000 declarations holds half a million of them.
 */
function rangeOf(node: AstNode | CstNode | undefined): Range {
    const cst = node && '$cstNode' in node ? node.$cstNode : node;
    return (cst as CstNode | undefined)?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** Qualified name of a declaration; a property's own dimension is `property.dimension`. */
export function qualifiedNameOf(node: AstNode): string | undefined {
    const name = (node as { name?: unknown }).name;
    if (typeof name !== 'string') {
        return undefined;
    }
    if (isDimension(node)) {
        const owner = qualifiedNameOf(node.$container);
        return owner === undefined ? undefined : qualify(owner, name);
    }
    return isSvcFile(node.$container) ? qualify(packageOf(node), name) : undefined;
}

export function documentUri(document: LangiumDocument): string {
    return document.uri.toString();
}
