import type { LangiumDocument } from 'langium';
import { DocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { DocumentModel, Range, RawFinding } from '@svc/core';

/**
 * Langium's own diagnostics (lexing, parsing, linking) as raw findings, so that policy and
 * `svc-ignore` treat them like every other rule.
 */
export function langiumFindings(document: LangiumDocument, model: DocumentModel): RawFinding[] {
    const uri = document.uri.toString();
    return (document.diagnostics ?? []).map(diagnostic => {
        const location = { uri, range: diagnostic.range };
        const element = enclosingDeclaration(model, diagnostic.range);
        const finding: RawFinding = { rule: ruleOf(diagnostic), message: diagnostic.message, location };
        return element === undefined ? finding : { ...finding, element };
    });
}

function ruleOf(diagnostic: Diagnostic): string {
    const code = (diagnostic.data as { code?: unknown } | undefined)?.code;
    return code === DocumentValidator.LinkingError ? 'unresolved-reference' : 'syntax';
}

function enclosingDeclaration(model: DocumentModel, range: Range): string | undefined {
    return model.declarations.find(declaration => contains(declaration.location.range, range))?.qualifiedName;
}

function contains(outer: Range, inner: Range): boolean {
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function before(a: Range['start'], b: Range['start']): boolean {
    return a.line < b.line || (a.line === b.line && a.character <= b.character);
}
