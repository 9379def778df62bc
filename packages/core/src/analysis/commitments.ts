import type { PropertyScore, Service, Spec } from '../model.js';
import type { Derived, WorkspaceIndex } from './index.js';

export interface Commitment {
    spec: Spec;
    service: Service;
    entry: PropertyScore;
    property: string;
}

/**
 * Each commitment of a current spec whose property resolves, with the spec and the service it
 * is for. A superseded spec is history (language revision 2): nothing reads its commitments.
 */
export function commitments(index: WorkspaceIndex): readonly Commitment[] {
    return index.derived(COMMITMENTS);
}

const COMMITMENTS: Derived<Commitment[]> = {
    compute: index => {
        const found: Commitment[] = [];
        for (const spec of index.all('spec')) {
            const service = index.resolve(spec.service, 'service');
            if (!service || index.isSuperseded(spec)) continue;
            for (const entry of spec.commits) {
                const property = index.resolve(entry.property, 'property')?.qualifiedName;
                if (property !== undefined) found.push({ spec, service, entry, property });
            }
        }
        return found;
    },
    perDocument: true
};

/**
 * Whether the business has assessed the property of the service (language revision 2): some
 * business, joint or unattributed assessment of it has a counted score for it. IT scoring its
 * own service does not make a commitment assessed.
 */
export function isAssessedByBusiness(index: WorkspaceIndex, service: string, property: string): boolean {
    return index.views(service).business.has(property);
}
