import type { Finding, Position, RuleId, Severity, SourceLocation, WorkspaceIndex } from '@svc-lang/core';
import { QUALIFIED_NAME_SOURCE } from '@svc-lang/core';

/**
 * What rules say about an element: the worst severity, a `severity: rule: message` line per
 * finding for the tooltip (the severity in words, not only as the glyph's colour and shape),
 * and the findings themselves for the diagram's description.
 */
export interface Mark {
    severity: Severity;
    lines: string[];
    findings: readonly Finding[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function markOf(findings: readonly Finding[]): Mark | undefined {
    if (findings.length === 0) return undefined;
    return { severity: worst(findings.map(f => f.severity)), lines: findings.map(f => `${f.severity}: ${f.rule}: ${f.message}`), findings };
}

export function worst(severities: readonly Severity[]): Severity {
    return severities.reduce<Severity>((a, b) => (RANK[b] > RANK[a] ? b : a), 'info');
}

function before(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function contains(outer: SourceLocation, inner: SourceLocation): boolean {
    return outer.uri === inner.uri && before(outer.range.start, inner.range.start) && before(inner.range.end, outer.range.end);
}

/** Quoted qualified names in a message: every rule names the elements involved as 'name'. */
const QUOTED = new RegExp(`'(${QUALIFIED_NAME_SOURCE})'`, 'gu');

/**
 * Findings by the element they belong to, and the elements each finding involves, so that a
 * view can mark a declaration, one entry inside it (a score, a commitment), or a link between
 * two declarations.
 */
export class Marks {
    private readonly byElement = new Map<string, Finding[]>();
    private readonly byInvolved = new Map<string, Finding[]>();
    private readonly involved = new Map<Finding, Set<string>>();

    constructor(findings: readonly Finding[], index: WorkspaceIndex) {
        for (const finding of findings) {
            if (finding.element === undefined) continue;
            push(this.byElement, finding.element, finding);
            const names = involvedIn(finding, finding.element, index);
            this.involved.set(finding, names);
            for (const name of names) push(this.byInvolved, name, finding);
        }
    }

    /** Everything said about the declaration. */
    of(element: string): Mark | undefined {
        return markOf(this.byElement.get(element) ?? []);
    }

    /** What rules say about entries of the declaration at these locations (a score, a commitment). */
    within(element: string, locations: readonly SourceLocation[], rules?: readonly RuleId[]): Mark | undefined {
        const found = (this.byElement.get(element) ?? []).filter(
            f => (rules === undefined || rules.includes(f.rule)) && locations.some(location => contains(location, f.location))
        );
        return markOf(found);
    }

    /**
     * Findings that involve both ends: a misaligned link. A spec's `spec-below-need` marks the
     * link from the need to the spec's service, a late response the link to what it answers.
     */
    link(a: string, b: string): Mark | undefined {
        return markOf((this.byInvolved.get(a) ?? []).filter(f => this.involved.get(f)!.has(b)));
    }
}

function push(map: Map<string, Finding[]>, key: string, finding: Finding): void {
    const list = map.get(key) ?? [];
    list.push(finding);
    map.set(key, list);
}

/** The element, the names its message quotes, and for a spec or assessment the service it is about. */
function involvedIn(finding: Finding, element: string, index: WorkspaceIndex): Set<string> {
    const names = new Set([element, ...[...finding.message.matchAll(QUOTED)].map(match => match[1]!)]);
    for (const declaration of index.named(element)) {
        if (declaration.kind === 'spec' || declaration.kind === 'assessment') {
            const service = index.resolve(declaration.service, 'service');
            if (service) names.add(service.qualifiedName);
        }
    }
    return names;
}
