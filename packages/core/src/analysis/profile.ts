import type { Need, PropertyScore, Spec } from '../model.js';
import type { WorkspaceIndex } from './index.js';
import { isInRange } from './views.js';

/** The highest value found for a property, and the declaration that states it. */
export interface Peak<T> {
    value: number;
    source: T;
}

/**
 * Per property (keyed by its qualified name): the highest `requires` and `expects` among the
 * needs a service covers, and the highest commitment among its specs. The highest threshold is
 * the worst case a lower value is compared with, so comparing with it reports the worst once.
 */
export interface ServiceProfile {
    requires: Map<string, Peak<Need>>;
    expects: Map<string, Peak<Need>>;
    commits: Map<string, Peak<Spec>>;
}

function raise<T>(index: WorkspaceIndex, peaks: Map<string, Peak<T>>, entries: readonly PropertyScore[], source: T): void {
    for (const entry of entries) {
        // Revision 2: a value outside 0–100 is ignored by every measure (`score-range` reports it).
        if (!isInRange(entry.value)) continue;
        const property = index.resolve(entry.property, 'property')?.qualifiedName;
        if (property === undefined) continue;
        const current = peaks.get(property);
        // Strictly greater: on a tie the first declared source is named.
        if (!current || entry.value > current.value) peaks.set(property, { value: entry.value, source });
    }
}

export function buildServiceProfile(index: WorkspaceIndex, service: string): ServiceProfile {
    const profile: ServiceProfile = { requires: new Map(), expects: new Map(), commits: new Map() };
    for (const need of index.coveredNeeds(service)) {
        raise(index, profile.requires, need.requires, need);
        raise(index, profile.expects, need.expects, need);
    }
    for (const spec of index.specsOf(service)) raise(index, profile.commits, spec.commits, spec);
    return profile;
}
