import type { Declaration, Policy, Position, SourceLocation, WorkspaceModel } from '../model.js';

/** A top-level element a finding can belong to: a declaration or a policy block. */
export type Owner = Declaration | Policy;

function compare(a: Position, b: Position): number {
    return a.line - b.line || a.character - b.character;
}

/**
 * Finds the top-level element whose range contains a location, by binary search over each
 * document's elements sorted by start. Top-level elements never nest, so at most one contains it.
 */
export class OwnerLookup {
    private readonly byUri = new Map<string, Owner[]>();

    constructor(model: WorkspaceModel) {
        for (const doc of model.documents) {
            const owners = this.byUri.get(doc.uri) ?? [];
            // Loops, not spread: a generated document can hold more elements than call arguments allow.
            for (const declaration of doc.declarations) owners.push(declaration);
            for (const policy of doc.policies) owners.push(policy);
            this.byUri.set(doc.uri, owners);
        }
        for (const owners of this.byUri.values()) {
            owners.sort((a, b) => compare(a.location.range.start, b.location.range.start));
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
            if (compare(owners[mid].location.range.start, at) <= 0) {
                candidate = owners[mid];
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return candidate && compare(at, candidate.location.range.end) <= 0 ? candidate : undefined;
    }
}
