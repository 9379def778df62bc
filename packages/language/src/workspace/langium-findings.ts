import type { LangiumDocument } from 'langium';
import { DocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { Declaration, DocumentModel, Range, RawFinding, RuleId } from '@svc-lang/core';

/**
 * Langium's own diagnostics (lexing, parsing, linking) as raw findings, so that policy and
 * `svc-ignore` treat them like every other rule.
 */
export function langiumFindings(document: LangiumDocument, model: DocumentModel): RawFinding[] {
    const uri = document.uri.toString();
    return (document.diagnostics ?? []).map(diagnostic => {
        const location = { uri, range: diagnostic.range };
        const element = enclosingDeclaration(model.declarations, diagnostic.range);
        const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
        const finding: RawFinding = { rule: ruleOf(diagnostic), message, location };
        return element === undefined ? finding : { ...finding, element };
    });
}

function ruleOf(diagnostic: Diagnostic): RuleId {
    const code = (diagnostic.data as { code?: unknown } | undefined)?.code;
    return code === DocumentValidator.LinkingError ? 'unresolved-reference' : 'syntax';
}

/**
 * Declarations follow each other in document order without overlapping, so a binary search finds
 * the last one starting at or before the range: a file with 50,000 declarations and as many
 * errors stays linear-logarithmic instead of quadratic.
 */
function enclosingDeclaration(declarations: readonly Declaration[], range: Range): string | undefined {
    let low = 0;
    let high = declarations.length - 1;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (before(declarations[middle]!.location.range.start, range.start)) low = middle;
        else high = middle - 1;
    }
    const candidate = declarations[low];
    return candidate && contains(candidate.location.range, range) ? candidate.qualifiedName : undefined;
}

function contains(outer: Range, inner: Range): boolean {
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function before(a: Range['start'], b: Range['start']): boolean {
    return a.line < b.line || (a.line === b.line && a.character <= b.character);
}
