import type { CodeAction, Range } from 'vscode-languageserver';
import { measuredEffect } from '@svc-lang/core';
import { isAssessment } from '../../generated/ast.js';
import { quickFix, sameRange, type FixContext } from './fix-context.js';
import { SourceText } from './text-edits.js';

/**
 * Fixes that correct what is written in place: a score a later one replaces, a claimed TBE the
 * assessments contradict, an import of a package that does not exist.
 */

/** duplicate-score: removes the earlier score, remark and dimension scores included; the later one already counts. */
export function duplicateScore(context: FixContext): CodeAction[] {
    const { view, diagnostic } = context;
    const assessment = view.subject(context, 'assessment');
    const node = assessment && view.nodeOf(assessment);
    if (!assessment || !isAssessment(node)) return [];
    const score = node.scores.find(candidate => {
        const at = candidate.property.$refNode?.range;
        return at !== undefined && sameRange(at, diagnostic.range);
    });
    const range = score?.$cstNode?.range;
    if (!score || !range) return [];
    const title = `Remove the earlier score ${score.property.$refText} ${score.value} from '${assessment.name}'`;
    return [quickFix(context, title, { [assessment.location.uri]: [{ range: removal(SourceText.of(context.document), range), newText: '' }] }, true)];
}

/**
 * What to delete so that the layout stays as if the item had never been written: its whole line
 * when nothing else is on it (a trailing comment is about the item and goes with it), else the
 * item and the spaces that set it apart from its neighbour.
 */
function removal(source: SourceText, range: Range): Range {
    const line = source.lines[range.start.line]!;
    const endLine = source.lines[range.end.line]!;
    const before = line.slice(0, range.start.character);
    const after = endLine.slice(range.end.character);
    if (before.trim() === '' && (after.trim() === '' || after.trim().startsWith('//'))) {
        const next = range.end.line + 1;
        return next < source.lines.length
            ? { start: { line: range.start.line, character: 0 }, end: { line: next, character: 0 } }
            : { start: { line: range.start.line, character: 0 }, end: { line: range.end.line, character: endLine.length } };
    }
    const following = after.length - after.trimStart().length;
    if (after.trim() !== '') return { start: range.start, end: { line: range.end.line, character: range.end.character + following } };
    const preceding = before.length - before.trimEnd().length;
    return { start: { line: range.start.line, character: range.start.character - preceding }, end: range.end };
}

/** effect-claim-mismatch: the claimed number becomes the measured one, as the indicators show it. */
export function effectClaimMismatch(context: FixContext): CodeAction[] {
    const { view, diagnostic } = context;
    const alignment = view.subject(context, 'alignment');
    const claim = alignment?.tbe;
    const measured = alignment && measuredEffect(view.index, alignment);
    if (!alignment || !claim || !measured) return [];
    const side = (['before', 'after'] as const).find(candidate => sameRange(claim[`${candidate}Location`].range, diagnostic.range));
    if (!side) return [];
    const value = measured[side];
    const title = `Replace tbe ${side} ${claim[side]} with the measured ${value}`;
    return [quickFix(context, title, { [alignment.location.uri]: [{ range: diagnostic.range, newText: String(value) }] }, true)];
}

/** How many single-letter edits an import may be from a declared package for the fix to offer it. */
const MAX_EDITS = 2;

/**
 * unresolved-import: the declared package closest to the imported name, within two edits (a
 * typo), the first declared in workspace order on a tie. The file's own package is never
 * offered: its names are visible without an import.
 */
export function unresolvedImport(context: FixContext): CodeAction[] {
    const { view, document, diagnostic } = context;
    const uri = document.uri.toString();
    const file = view.index.documentOf(uri);
    const i = file?.importLocations.findIndex(location => sameRange(location.range, diagnostic.range)) ?? -1;
    const imported = file?.imports[i];
    if (!file || imported === undefined) return [];
    let closest: { pkg: string; distance: number } | undefined;
    for (const { package: pkg } of view.model.documents) {
        if (pkg === '' || pkg === file.package) continue;
        const distance = editDistance(imported, pkg, MAX_EDITS);
        if (distance <= MAX_EDITS && (!closest || distance < closest.distance)) closest = { pkg, distance };
    }
    if (!closest) return [];
    return [quickFix(context, `Replace '${imported}' with '${closest.pkg}'`, { [uri]: [{ range: diagnostic.range, newText: closest.pkg }] }, true)];
}

/**
 * The Levenshtein distance between two texts (insertions, deletions and substitutions of UTF-16
 * units), or `limit + 1` as soon as it must exceed `limit`: package names are compared with
 * every declared package, and most are far apart.
 */
function editDistance(a: string, b: string, limit: number): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    // previous[j]: the distance between the first i − 1 units of a and the first j of b.
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1));
        }
        if (Math.min(...current) > limit) return limit + 1;
        previous = current;
    }
    return Math.min(previous[b.length]!, limit + 1);
}
