import type { Assessment, Service } from '../../model.js';
import { dayOf } from '../dates.js';
import type { WorkspaceIndex } from '../index.js';
import { round, withoutAbsent } from './numbers.js';
import type { SemGaps } from './types.js';

interface Experienced {
    value: number;
    assessment: Assessment;
}

/**
 * Assessments oldest first: by valid date, undated ones before dated ones, then in declaration
 * order, so the last one to score a property is "the latest".
 */
function byRecency(index: WorkspaceIndex): (a: Assessment, b: Assessment) => number {
    const day = (assessment: Assessment) => dayOf(assessment.date) ?? Number.NEGATIVE_INFINITY;
    return (a, b) => (day(a) === day(b) ? index.position(a) - index.position(b) : day(a) < day(b) ? -1 : 1);
}

/** Per property, the score of the latest assessment of the service that scores it. */
function latestScores(index: WorkspaceIndex, service: Service): Map<string, Experienced> {
    const latest = new Map<string, Experienced>();
    for (const assessment of [...index.assessmentsOf(service.qualifiedName)].sort(byRecency(index))) {
        for (const score of assessment.scores) {
            const property = index.resolve(score.property, 'property')?.qualifiedName;
            if (property !== undefined) latest.set(property, { value: score.value, assessment });
        }
    }
    return latest;
}

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
 * highest among its specs (the strongest promise on record, which experience-below-spec also
 * uses); `experienced` is the score of the latest assessment of the service that scores the
 * property (see {@link byRecency}). A gap is absent when either of its inputs is.
 */
function serviceGaps(index: WorkspaceIndex, service: Service): SemGaps[] {
    const { requires, expects, commits } = index.profile(service);
    const experienced = latestScores(index, service);
    const properties = propertyOrder(index, [...requires.keys(), ...expects.keys(), ...commits.keys(), ...experienced.keys()]);
    return properties.map(property => {
        const [r, e, c] = [requires.get(property)?.value, expects.get(property)?.value, commits.get(property)?.value];
        const x = experienced.get(property);
        return withoutAbsent<SemGaps>({
            service: service.qualifiedName,
            property,
            requires: r,
            expects: e,
            commits: c,
            experienced: x?.value,
            assessment: x?.assessment.qualifiedName,
            ns: difference(c, r),
            es: difference(c, e),
            sx: difference(x?.value, c),
            ex: difference(x?.value, e),
            nx: difference(x?.value, r)
        });
    });
}

export function semIndicators(index: WorkspaceIndex): SemGaps[] {
    return index.all('service').flatMap(service => serviceGaps(index, service));
}
