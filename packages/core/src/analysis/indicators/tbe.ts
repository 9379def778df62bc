import type { Assessment, Service } from '../../model.js';
import { dayOf } from '../dates.js';
import type { WorkspaceIndex } from '../index.js';
import { assessmentView, countedScores, isBusinessView, isItView } from '../views.js';
import { mean, round, withoutAbsent } from './numbers.js';
import type { ServiceTbe, TbeIndicator } from './types.js';

/**
 * Per index: the catalogue size and each assessment's TBE, which the TBE list, the TBE per
 * service and every measured alignment effect read again.
 */
interface TbeCache {
    of: number;
    byAssessment: Map<Assessment, TbeIndicator>;
}

const caches = new WeakMap<WorkspaceIndex, TbeCache>();

function cacheOf(index: WorkspaceIndex): TbeCache {
    let cache = caches.get(index);
    if (!cache) {
        cache = { of: index.catalogueSize(), byAssessment: new Map() };
        caches.set(index, cache);
    }
    return cache;
}

/**
 * The TBE of one assessment (language revision 2), from its counted scores only: in range, the
 * last of a property scored twice. C and M average the counted scores of their group (built-in
 * or user-declared properties alike); TBE = C × M / 100 from the unrounded means; each is
 * absent when a group has no counted score. `scored` of `of` says how much of the catalogue it
 * rests on.
 */
export function assessmentTbe(index: WorkspaceIndex, assessment: Assessment): TbeIndicator {
    const cache = cacheOf(index);
    let indicator = cache.byAssessment.get(assessment);
    if (!indicator) {
        indicator = computeTbe(index, assessment, cache.of);
        cache.byAssessment.set(assessment, indicator);
    }
    return indicator;
}

function computeTbe(index: WorkspaceIndex, assessment: Assessment, of: number): TbeIndicator {
    const counted = countedScores(index, assessment);
    const groups = { core: [] as number[], management: [] as number[] };
    for (const score of counted.values()) {
        const group = index.resolve(score.property, 'property')?.group;
        if (group) groups[group].push(score.value);
    }
    const [core, management] = [mean(groups.core), mean(groups.management)];
    const tbe = core === undefined || management === undefined ? undefined : (core * management) / 100;
    return withoutAbsent<TbeIndicator>({
        assessment: assessment.qualifiedName,
        service: index.resolve(assessment.service, 'service')?.qualifiedName,
        date: dayOf(assessment.date) === undefined ? undefined : assessment.date?.iso,
        view: assessmentView(index, assessment),
        scored: counted.size,
        of,
        core: core === undefined ? undefined : round(core, 2),
        management: management === undefined ? undefined : round(management, 2),
        tbe: tbe === undefined ? undefined : round(tbe, 2)
    });
}

export function tbeIndicators(index: WorkspaceIndex): TbeIndicator[] {
    return index.all('assessment').map(assessment => assessmentTbe(index, assessment));
}

/**
 * The service's TBE (its latest business, joint or unattributed assessment that has one), IT's
 * TBE (its latest IT or joint assessment that has one) and the perception gap between them.
 * Undefined for a service without assessments.
 */
export function serviceTbe(index: WorkspaceIndex, service: Service): ServiceTbe | undefined {
    const { assessments } = index.views(service.qualifiedName);
    if (assessments.length === 0) return undefined;
    let business: TbeIndicator | undefined;
    let it: TbeIndicator | undefined;
    // Latest first: the first assessment with a TBE met for a view is that view's latest.
    for (const { assessment, view } of assessments) {
        const indicator = assessmentTbe(index, assessment);
        if (indicator.tbe === undefined) continue;
        if (!business && isBusinessView(view)) business = indicator;
        if (!it && isItView(view)) it = indicator;
    }
    return withoutAbsent<ServiceTbe>({
        service: service.qualifiedName,
        tbe: business?.tbe,
        assessment: business?.assessment,
        itTbe: it?.tbe,
        itAssessment: it?.assessment,
        pg: business?.tbe === undefined || it?.tbe === undefined ? undefined : round(it.tbe - business.tbe, 2)
    });
}

/** Per service with any assessment, in workspace order. */
export function tbeByService(index: WorkspaceIndex): ServiceTbe[] {
    return index.all('service').flatMap(service => serviceTbe(index, service) ?? []);
}
