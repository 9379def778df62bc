import type { Declaration, DocumentModel, Policy, Position, SourceLocation, WorkspaceModel } from '../model.js';

/** A top-level element a finding can belong to: a declaration or a policy block. */
export type Owner = Declaration | Policy;

function compare(a: Position, b: Position): number {
    return a.line - b.line || a.character - b.character;
}

interface Sorted {
    owners: readonly Owner[];
    /** What they were sorted from: a model edited in place (tests, hand-made models) is sorted again. */
    declarations: readonly Declaration[];
    policies: readonly Policy[];
    count: number;
}

const SORTED = new WeakMap<DocumentModel, Sorted>();

/**
 * A document's owners sorted by start, kept with the document model: the language server keeps
 * the models of unchanged documents between analyses, so after a keystroke only the rebuilt
 * documents are sorted again.
 */
function sortedOwners(doc: DocumentModel): readonly Owner[] {
    const known = SORTED.get(doc);
    const count = doc.declarations.length + doc.policies.length;
    if (known && known.declarations === doc.declarations && known.policies === doc.policies && known.count === count) return known.owners;
    const owners: Owner[] = [];
    // Loops, not spread: a generated document can hold more elements than call arguments allow.
    for (const declaration of doc.declarations) owners.push(declaration);
    for (const policy of doc.policies) owners.push(policy);
    // Declarations come in source order: sort only when a policy (listed last) is not at the end.
    if (!isSorted(owners)) owners.sort((a, b) => compare(a.location.range.start, b.location.range.start));
    SORTED.set(doc, { owners, declarations: doc.declarations, policies: doc.policies, count });
    return owners;
}

function isSorted(owners: readonly Owner[]): boolean {
    for (let i = 1; i < owners.length; i++) {
        if (compare(owners[i - 1]!.location.range.start, owners[i]!.location.range.start) > 0) return false;
    }
    return true;
}

/**
 * Finds the top-level element whose range contains a location, by binary search over each
 * document's elements sorted by start. Top-level elements never nest, so at most one contains it.
 */
export class OwnerLookup {
    private readonly byUri = new Map<string, readonly Owner[]>();

    constructor(model: WorkspaceModel) {
        for (const doc of model.documents) {
            const known = this.byUri.get(doc.uri);
            if (known === undefined) {
                this.byUri.set(doc.uri, sortedOwners(doc));
            } else {
                // Two documents with one URI (only ever in hand-made models): merge them.
                const merged = [...known, ...sortedOwners(doc)];
                merged.sort((a, b) => compare(a.location.range.start, b.location.range.start));
                this.byUri.set(doc.uri, merged);
            }
        }
    }

    ownerAt(location: SourceLocation): Owner | undefined {
        const owners = this.byUri.get(location.uri);
        if (!owners) return undefined;
        const at = location.range.start;
        let low = 0;
        let high = owners.length - 1;
        let candidate: Owner | undefined;
        while (low <= high) {
            const mid = (low + high) >> 1;
            const owner = owners[mid];
            if (owner && compare(owner.location.range.start, at) <= 0) {
                candidate = owner;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return candidate && compare(at, candidate.location.range.end) <= 0 ? candidate : undefined;
    }
}
