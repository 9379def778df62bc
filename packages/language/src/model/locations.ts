import type { AstNode, CstNode, LangiumDocument, Reference } from 'langium';
import { GrammarUtils } from 'langium';
import type { Range, Ref, SourceLocation } from '@svc/core';
import { packageOf, qualify } from '../references/qualified-names.js';
import { isDimension, isSvcFile } from '../generated/ast.js';

/** Turns CST positions into model locations for one document. */
export class LocationFactory {
    constructor(readonly uri: string) {}

    of(node: AstNode | CstNode | undefined): SourceLocation {
        return { uri: this.uri, range: rangeOf(node) };
    }

    ofProperty(node: AstNode, property: string): SourceLocation {
        return this.of(GrammarUtils.findNodeForProperty(node.$cstNode, property) ?? node);
    }

    ofKeyword(node: AstNode, keyword: string): SourceLocation {
        return this.of(GrammarUtils.findNodeForKeyword(node.$cstNode, keyword) ?? node);
    }

    /** From the start of `node` to the end of its `property`: e.g. `score functionality 60`. */
    upTo(node: AstNode, property: string): SourceLocation {
        const whole = rangeOf(node);
        const end = GrammarUtils.findNodeForProperty(node.$cstNode, property)?.range.end ?? whole.end;
        return { uri: this.uri, range: { start: whole.start, end } };
    }

    ref(reference: Reference): Ref {
        const target = reference.ref ? qualifiedNameOf(reference.ref) : undefined;
        const location = this.of(reference.$refNode);
        return target === undefined ? { text: reference.$refText, location } : { text: reference.$refText, target, location };
    }
}

function rangeOf(node: AstNode | CstNode | undefined): Range {
    const cst = node && '$cstNode' in node ? node.$cstNode : node;
    const range = (cst as CstNode | undefined)?.range;
    return range ? { start: { ...range.start }, end: { ...range.end } } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** Qualified name of a declaration; a property's own dimension is `property.dimension`. */
export function qualifiedNameOf(node: AstNode): string | undefined {
    const name = (node as { name?: unknown }).name;
    if (typeof name !== 'string') {
        return undefined;
    }
    if (isDimension(node)) {
        const owner = qualifiedNameOf(node.$container);
        return owner === undefined ? undefined : `${owner}.${name}`;
    }
    return isSvcFile(node.$container) ? qualify(packageOf(node), name) : undefined;
}

export function documentUri(document: LangiumDocument): string {
    return document.uri.toString();
}
