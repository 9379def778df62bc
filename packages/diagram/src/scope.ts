import type { Declaration, DeclarationKind, Ref, WorkspaceIndex } from '@svc-lang/core';
import { uriFileName } from '@svc-lang/core';
import type { DiagramInput } from './context.js';

/**
 * What part of the workspace the stack, alignment and agility views draw: all of it, the
 * declarations of some packages ('' is the root package) or of one file, or one element and
 * what is linked to it within `depth` references, followed either way. The profile and gaps
 * views are about one service already; a scope does not change them.
 */
export type DiagramScope =
    { kind: 'workspace' } | { kind: 'packages'; packages: string[] } | { kind: 'file'; uri: string } | { kind: 'element'; element: string; depth: number };

export const WHOLE_WORKSPACE: DiagramScope = { kind: 'workspace' };

/** Whether a view draws the declaration. */
export type ScopeFilter = (declaration: Declaration) => boolean;

/**
 * The element a diagram was asked for names nothing it can be drawn for (or, by its simple
 * name, more than one): the service of a profile or gaps view, the centre of an element scope.
 */
export class UnknownElementError extends Error {}

/** The package or file scope names nothing in the workspace. */
export class UnknownScopeError extends Error {}

/** The scope in a few words, for a subtitle or a caption: `package acme.it`, `acme.it.Hosting and its neighbours within 2 steps`. */
export function describeScope(scope: DiagramScope): string {
    switch (scope.kind) {
        case 'workspace':
            return 'the whole workspace';
        case 'packages':
            return `${scope.packages.length === 1 ? 'package' : 'packages'} ${scope.packages.map(packageLabel).join(', ')}`;
        case 'file':
            return `file ${uriFileName(scope.uri)}`;
        case 'element':
            if (scope.depth === 0) return `${scope.element} alone`;
            return `${scope.element} and its neighbours within ${scope.depth} ${scope.depth === 1 ? 'step' : 'steps'}`;
    }
}

/**
 * The predicate the view builders consult. Throws `UnknownScopeError` for a package or file
 * the workspace does not have, `UnknownElementError` for an element it does not have.
 */
export function scopeFilter(index: WorkspaceIndex, scope: DiagramScope): ScopeFilter {
    switch (scope.kind) {
        case 'workspace':
            return () => true;
        case 'packages': {
            checkPackages(index, scope.packages);
            const packages = new Set(scope.packages);
            return declaration => packages.has(declaration.package);
        }
        case 'file':
            if (index.documentOf(scope.uri)?.builtin !== false) throw new UnknownScopeError(`no .svc file ${scope.uri} in the workspace`);
            return declaration => declaration.location.uri === scope.uri;
        case 'element': {
            const names = neighbourhood(index, elementNamed(index, scope.element), scope.depth);
            return declaration => names.has(declaration.qualifiedName);
        }
    }
}

/** Throws as `scopeFilter` does: for a caller that refuses a scope naming nothing before it draws anything. */
export function checkScope(input: DiagramInput, scope: DiagramScope): void {
    scopeFilter(input.index, scope);
}

function packageLabel(name: string): string {
    return name === '' ? '(root)' : name;
}

function checkPackages(index: WorkspaceIndex, packages: readonly string[]): void {
    const known = new Set(index.model.documents.filter(doc => !doc.builtin).map(doc => doc.package));
    const unknown = packages.find(name => !known.has(name));
    if (unknown === undefined) return;
    throw new UnknownScopeError(unknown === '' ? 'no .svc file is in the root package' : `no .svc file declares package '${unknown}'`);
}

/**
 * The kinds a scope's element may be, and through which neighbours are found: those the views
 * draw, and specs (a spec leads to its service). Stakeholders, properties and dimensions are
 * left out: nearly every need, spec and assessment names them, so one step through them would
 * reach most of the workspace.
 */
const LINKED_KINDS: ReadonlySet<DeclarationKind> = new Set(['need', 'gap', 'change', 'service', 'spec', 'assessment', 'alignment']);

/** The user declaration `name` means: by qualified name, or by a simple name only one declaration has. */
function elementNamed(index: WorkspaceIndex, name: string): Declaration {
    const exact = index.named(name).filter(declaration => !declaration.builtin);
    const candidates = exact.length > 0 ? exact : index.declarations.filter(declaration => declaration.name === name);
    const [element, ...others] = candidates;
    if (element === undefined) throw new UnknownElementError(`no element named '${name}'`);
    if (exact.length === 0 && others.length > 0) {
        throw new UnknownElementError(`'${name}' names ${candidates.length} elements: use a qualified name (${qualifiedNames(candidates)})`);
    }
    if (!LINKED_KINDS.has(element.kind)) {
        const kinds = [...LINKED_KINDS];
        throw new UnknownElementError(`'${name}' is a ${element.kind}: a diagram can centre on a ${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}`);
    }
    return element;
}

function qualifiedNames(declarations: readonly Declaration[]): string {
    const names = declarations.slice(0, 3).map(declaration => declaration.qualifiedName);
    return declarations.length > 3 ? `${names.join(', ')}, …` : names.join(', ');
}

/** The qualified names within `depth` steps of the element, breadth first over links in either direction. */
function neighbourhood(index: WorkspaceIndex, element: Declaration, depth: number): Set<string> {
    if (!Number.isInteger(depth) || depth < 0) throw new RangeError(`depth must be a whole number, 0 or more (got ${depth})`);
    const links = depth === 0 ? new Map<string, Set<string>>() : linkGraph(index);
    const reached = new Set([element.qualifiedName]);
    let frontier = [element.qualifiedName];
    for (let step = 0; step < depth && frontier.length > 0; step++) {
        frontier = frontier.flatMap(name => [...(links.get(name) ?? [])].filter(next => !reached.has(next) && reached.add(next)));
    }
    return reached;
}

/** Every link between user declarations of the linked kinds, both ways: one pass over the workspace. */
function linkGraph(index: WorkspaceIndex): Map<string, Set<string>> {
    const links = new Map<string, Set<string>>();
    const linked = new Set(index.declarations.filter(declaration => LINKED_KINDS.has(declaration.kind)).map(declaration => declaration.qualifiedName));
    const connect = (from: string, to: string) => {
        const neighbours = links.get(from);
        if (neighbours) neighbours.add(to);
        else links.set(from, new Set([to]));
    };
    for (const declaration of index.declarations) {
        for (const ref of referencesOf(declaration)) {
            const target = ref?.target;
            if (target === undefined || target === declaration.qualifiedName || !linked.has(target)) continue;
            connect(declaration.qualifiedName, target);
            connect(target, declaration.qualifiedName);
        }
    }
    return links;
}

/** The references that tie one declaration to another the views draw (or to a spec's service). */
function referencesOf(declaration: Declaration): Array<Ref | undefined> {
    switch (declaration.kind) {
        case 'gap':
            return [declaration.need];
        case 'change':
            return declaration.affects;
        case 'service':
            return [...declaration.addresses, ...declaration.supportedBy, ...declaration.manages];
        case 'spec':
        case 'assessment':
            return [declaration.service];
        case 'alignment':
            return [...declaration.respondsTo, ...declaration.aligns.flatMap(clause => [clause.need, ...clause.services])];
        default:
            return [];
    }
}
