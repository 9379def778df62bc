import type { RawFinding } from '../../findings.js';
import type { Declaration, SourceLocation, Suppression } from '../../model.js';
// The catalogue imports this file for its checks: `isRuleId` is only called while checking, when both have loaded.
import { decodedUriText } from '../../names.js';
import { isRuleId } from '../../rules.js';
import type { WorkspaceIndex } from '../index.js';
import { describe, finding, mention, policyLabel } from './shared.js';

/** How many clashing declarations a message names before it just counts the rest. */
const NAMED_CLASHES = 3;

/** The first clashing declarations other than `declaration`, at most {@link NAMED_CLASHES}. */
function namedClashes(declaration: Declaration, clashes: readonly Declaration[]): Declaration[] {
    const others: Declaration[] = [];
    for (const other of clashes) {
        if (others.length === NAMED_CLASHES) break;
        if (other !== declaration) others.push(other);
    }
    return others;
}

/** `stakeholder 'a.Boss' at it.svc:3` (`at line 3` in the same file): where to look, in the words of a message. */
function clashText(declaration: Declaration, others: readonly Declaration[], count: number, root: string): string {
    const named = others.map(other => (other.builtin ? `the built-in ${mention(other)}` : `${mention(other)} at ${place(declaration, other, root)}`));
    const rest = count - others.length;
    return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
}

/** Where `other` is, seen from `from`: its line, after its file (relative to the folder that holds every user file) when that differs. */
function place(from: Declaration, other: Declaration, root: string): string {
    const uri = other.location.uri;
    const line = other.location.range.start.line + 1;
    if (uri === from.location.uri) return `line ${line}`;
    return `${decodedUriText(uri.startsWith(root) ? uri.slice(root.length) : uri)}:${line}`;
}

/** The URI of the deepest folder that holds every user document, with its trailing `/`. */
function commonFolder(index: WorkspaceIndex): string {
    const uris = index.model.documents.filter(doc => !doc.builtin).map(doc => doc.uri);
    if (uris.length === 0) return '';
    let prefix = uris[0]!;
    for (const uri of uris) while (!uri.startsWith(prefix)) prefix = prefix.slice(0, -1);
    return prefix.slice(0, prefix.lastIndexOf('/') + 1);
}

/**
 * Each user declaration whose qualified name another declaration (user or built-in) also has,
 * naming where the others are, which the editor also gets as related information.
 */
function duplicateDeclarations(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    let root: string | undefined;
    // Only the names declared twice: looking each of 50k declarations up would cost more than the rule.
    for (const declaration of index.sharedNames().flatMap(name => index.named(name).filter(named => !named.builtin))) {
        const clashes = index.named(declaration.qualifiedName);
        root ??= commonFolder(index);
        const others = namedClashes(declaration, clashes);
        const message = `${describe(declaration)} has the same qualified name as ${clashText(declaration, others, clashes.length - 1, root)}`;
        const related = others
            .filter(other => !other.builtin)
            .map(other => ({ location: other.nameLocation, message: `${describe(other)}, declared here too` }));
        findings.push({ ...finding('duplicate-name', declaration, declaration.nameLocation, message), ...(related.length > 0 ? { related } : {}) });
    }
    return findings;
}

/** Items of one block sharing a name: every one of them is reported. */
function duplicateItems(owner: Declaration, items: readonly { name: string; nameLocation: SourceLocation }[], what: string): RawFinding[] {
    if (items.length < 2) return [];
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item.name, (counts.get(item.name) ?? 0) + 1);
    return items
        .filter(item => counts.get(item.name)! > 1)
        .map(item =>
            finding('duplicate-name', owner, item.nameLocation, `${what} '${item.name}' is declared ${counts.get(item.name)} times in ${mention(owner)}`)
        );
}

export function duplicateName(index: WorkspaceIndex): RawFinding[] {
    return [
        ...duplicateDeclarations(index),
        ...index.all('property').flatMap(property => duplicateItems(property, property.dimensions, 'Dimension')),
        ...index.all('spec').flatMap(spec => duplicateItems(spec, spec.metrics, 'Metric'))
    ];
}

function unknownSuppressions(suppressions: readonly Suppression[], element: string | undefined): RawFinding[] {
    return suppressions
        .filter(suppression => !isRuleId(suppression.rule))
        .map(suppression => {
            const raw: RawFinding = { rule: 'unknown-rule', message: `svc-ignore names unknown rule '${suppression.rule}'`, location: suppression.location };
            return element === undefined ? raw : { ...raw, element };
        });
}

export function unknownRule(index: WorkspaceIndex): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const declaration of index.declarations) {
        // Most declarations carry no `svc-ignore` at all.
        if (declaration.suppressions.length > 0) findings.push(...unknownSuppressions(declaration.suppressions, declaration.qualifiedName));
    }
    for (const policy of index.policies) {
        findings.push(...unknownSuppressions(policy.suppressions, undefined));
        for (const setting of policy.rules.filter(setting => !isRuleId(setting.rule))) {
            const message = `${policyLabel(policy)} sets unknown rule '${setting.rule}'`;
            findings.push({ rule: 'unknown-rule', message, location: setting.ruleLocation });
        }
    }
    return findings;
}

/** An `import` of a package no file declares: its names stay invisible, and every use of them is unresolved. */
export function unresolvedImport(index: WorkspaceIndex): RawFinding[] {
    const declared = new Set(index.model.documents.map(document => document.package));
    const findings: RawFinding[] = [];
    for (const document of index.model.documents) {
        if (document.builtin) continue;
        document.imports.forEach((imported, i) => {
            const location = document.importLocations[i];
            if (declared.has(imported) || !location) return;
            findings.push({ rule: 'unresolved-import', message: `Import '${imported}' names no package: no file declares package '${imported}'`, location });
        });
    }
    return findings;
}
