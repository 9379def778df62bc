import type { Service } from '../../model.js';
import type { WorkspaceIndex } from '../index.js';
import { round, withoutAbsent } from './numbers.js';
import type { SemGaps } from './types.js';

function difference(a: number | undefined, b: number | undefined): number | undefined {
    return a === undefined || b === undefined ? undefined : round(a - b, 2);
}

/** Properties in catalogue order: built-ins first, then as declared. */
function propertyOrder(index: WorkspaceIndex, names: Iterable<string>): string[] {
    const position = (name: string) => {
        const property = index.named(name).find(d => d.kind === 'property');
        return property ? index.position(property) : Number.MAX_SAFE_INTEGER;
    };
    return [...new Set(names)].sort((a, b) => position(a) - position(b));
}

/**
 * SEM gaps per service and property. Inputs: `requires` and `expects` are the highest among
 * the needs the service covers (the most demanding need, as the rules use); `commits` is the
 * highest among its current specs (the strongest promise in force, which experience-below-spec
 * also uses); `experienced` is the business experience and `itView` IT's view of the property
 * (`views.ts`: the latest counted score of each view). A gap is absent when either of its
 * inputs is.
 */
function serviceGaps(index: WorkspaceIndex, service: Service): SemGaps[] {
    const { requires, expects, commits } = index.profile(service);
    const views = index.views(service.qualifiedName);
    const properties = propertyOrder(index, [...requires.keys(), ...expects.keys(), ...commits.keys(), ...views.business.keys(), ...views.it.keys()]);
    return properties.map(property => {
        const [r, e, c] = [requires.get(property)?.value, expects.get(property)?.value, commits.get(property)?.value];
        const [x, it] = [views.business.get(property), views.it.get(property)];
        return withoutAbsent<SemGaps>({
            service: service.qualifiedName,
            property,
            requires: r,
            expects: e,
            commits: c,
            experienced: x?.value,
            assessment: x?.assessment.qualifiedName,
            itView: it?.value,
            itAssessment: it?.assessment.qualifiedName,
            ns: difference(c, r),
            es: difference(c, e),
            sx: difference(x?.value, c),
            ex: difference(x?.value, e),
            nx: difference(x?.value, r),
            pg: difference(it?.value, x?.value)
        });
    });
}

export function semIndicators(index: WorkspaceIndex): SemGaps[] {
    return index.all('service').flatMap(service => serviceGaps(index, service));
}
