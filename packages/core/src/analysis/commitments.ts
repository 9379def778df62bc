import type { PropertyScore, Service, Spec } from '../model.js';
import type { WorkspaceIndex } from './index.js';

/** Each commitment whose property resolves, with the spec and the service it is for. */
export function* commitments(index: WorkspaceIndex): Generator<{ spec: Spec; service: Service; entry: PropertyScore; property: string }> {
    for (const spec of index.all('spec')) {
        const service = index.resolve(spec.service, 'service');
        if (!service) continue;
        for (const entry of spec.commits) {
            const property = index.resolve(entry.property, 'property')?.qualifiedName;
            if (property !== undefined) yield { spec, service, entry, property };
        }
    }
}

/** The properties scored by some assessment of each service, computed once per service. */
export function assessedProperties(index: WorkspaceIndex): (service: string) => Set<string> {
    const cache = new Map<string, Set<string>>();
    return service => {
        let scored = cache.get(service);
        if (!scored) {
            scored = new Set();
            for (const assessment of index.assessmentsOf(service)) {
                for (const score of assessment.scores) {
                    const property = index.resolve(score.property, 'property')?.qualifiedName;
                    if (property !== undefined) scored.add(property);
                }
            }
            cache.set(service, scored);
        }
        return scored;
    };
}
