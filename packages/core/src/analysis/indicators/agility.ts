import { MANAGEMENT_LEVEL, STACK_LEVELS, type Change, type Need } from '../../model.js';
import { dayNumber, dayOf } from '../dates.js';
import type { WorkspaceIndex } from '../index.js';
import type { Settings } from '../policy.js';
import { firstResponse, triggerDate, type Trigger } from '../responses.js';
import { median, percentile, withoutAbsent } from './numbers.js';
import type { AgilityBucket, AgilityIndicators, AgilitySample, AgilityStats } from './types.js';

/** Stack levels top to bottom, then service management, then uncovered: the order of `byLevel`. */
const BUCKETS: readonly AgilityBucket[] = [...STACK_LEVELS, MANAGEMENT_LEVEL, 'uncovered'];

/**
 * Where a need's sample counts: the highest ranked level among the services covering it;
 * service management when only management services cover it; `uncovered` when none does. A
 * need covered only by services without a level (incomplete source) counts in no bucket:
 * it is neither uncovered nor at a level.
 */
function needBuckets(index: WorkspaceIndex, need: Need): AgilityBucket[] {
    const levels = new Set(index.coveringServices(need.qualifiedName).map(service => service.level));
    if (levels.size === 0) return ['uncovered'];
    const highest = STACK_LEVELS.find(level => levels.has(level));
    if (highest) return [highest];
    return levels.has(MANAGEMENT_LEVEL) ? [MANAGEMENT_LEVEL] : [];
}

/** A change counts where the needs it affects count, or as `uncovered` when it affects none. */
function changeBuckets(index: WorkspaceIndex, change: Change, bucketsOf: (need: Need) => AgilityBucket[]): AgilityBucket[] {
    const needs = new Set(change.affects.map(ref => index.resolve(ref, 'need')).filter(need => need !== undefined));
    if (needs.size === 0) return ['uncovered'];
    const found = new Set([...needs].flatMap(bucketsOf));
    return BUCKETS.filter(bucket => found.has(bucket));
}

/**
 * The trigger's sample as of `asOf`: the delay to its first response, or its age when open. A
 * trigger dated after asOf has not happened yet as of asOf, and has no sample.
 */
function sampleOf(index: WorkspaceIndex, trigger: Trigger, asOf: { iso: string; day: number }, buckets: AgilityBucket[]): AgilitySample | undefined {
    const date = triggerDate(trigger);
    const start = dayOf(date);
    if (start === undefined || !date || start > asOf.day) return undefined;
    const response = firstResponse(index, trigger, asOf.iso);
    // firstResponse returns only alignments with a valid `responded` on or before asOf.
    const end = response ? dayOf(response.responded)! : asOf.day;
    const decidedDay = dayOf(response?.decided);
    return withoutAbsent<AgilitySample>({
        subject: trigger.qualifiedName,
        subjectKind: trigger.kind,
        package: trigger.package,
        from: date.iso,
        to: response?.responded?.iso ?? asOf.iso,
        days: end - start,
        open: response === undefined,
        alignment: response?.qualifiedName,
        decided: decidedDay === undefined ? undefined : response?.decided?.iso,
        planningDays: decidedDay === undefined ? undefined : decidedDay - start,
        deliveryDays: decidedDay === undefined ? undefined : end - decidedDay,
        buckets
    });
}

function stats(samples: readonly AgilitySample[]): AgilityStats {
    const sorted = samples.map(sample => sample.days).sort((a, b) => a - b);
    const open = samples.filter(sample => sample.open).length;
    return withoutAbsent<AgilityStats>({
        count: samples.length,
        responded: samples.length - open,
        open,
        median: median(sorted),
        p90: percentile(sorted, 90)
    });
}

function medianOf(values: readonly (number | undefined)[]): number | undefined {
    return median(values.filter(value => value !== undefined).sort((a, b) => a - b));
}

function triggerSamples(index: WorkspaceIndex, asOf: { iso: string; day: number }): AgilitySample[] {
    const needBucketCache = new Map<Need, AgilityBucket[]>();
    const bucketsOf = (need: Need) => {
        let buckets = needBucketCache.get(need);
        if (!buckets) {
            buckets = needBuckets(index, need);
            needBucketCache.set(need, buckets);
        }
        return buckets;
    };
    const samples: AgilitySample[] = [];
    for (const declaration of index.declarations) {
        if (declaration.kind !== 'need' && declaration.kind !== 'change') continue;
        const buckets = declaration.kind === 'need' ? bucketsOf(declaration) : changeBuckets(index, declaration, bucketsOf);
        const sample = sampleOf(index, declaration, asOf, buckets);
        if (sample) samples.push(sample);
    }
    return samples;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

/**
 * Agility (language revision 2): one sample per dated need and change, in workspace order,
 * all measured at the root package's asOf so that one median has one "now". Open samples count
 * at their age: a department that never answers must not look agile.
 */
export function agilityIndicators(index: WorkspaceIndex, settings: Settings): AgilityIndicators {
    const iso = settings.forPackage('').asOf;
    const day = dayNumber(iso);
    const samples = day === undefined ? [] : triggerSamples(index, { iso, day });
    const perBucket = new Map<AgilityBucket, AgilitySample[]>();
    const perPackage = new Map<string, AgilitySample[]>();
    for (const sample of samples) {
        for (const bucket of sample.buckets) push(perBucket, bucket, sample);
        push(perPackage, sample.package, sample);
    }
    const byLevel: AgilityIndicators['byLevel'] = {};
    for (const bucket of BUCKETS) {
        const inBucket = perBucket.get(bucket);
        if (inBucket) byLevel[bucket] = stats(inBucket);
    }
    // fromEntries defines own properties, so even a package named `__proto__` is a plain key.
    const byPackage = Object.fromEntries([...perPackage].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([pkg, inPackage]) => [pkg, stats(inPackage)]));

    // Strictly greater: on equal ages the first in workspace order is named.
    const oldest = samples.reduce<AgilitySample | undefined>((a, b) => (b.open && (!a || b.days > a.days) ? b : a), undefined);
    return withoutAbsent<AgilityIndicators>({
        asOf: iso,
        samples,
        overall: stats(samples),
        byLevel,
        byPackage,
        oldestOpen: oldest && { subject: oldest.subject, subjectKind: oldest.subjectKind, from: oldest.from, days: oldest.days },
        planningMedian: medianOf(samples.map(sample => sample.planningDays)),
        deliveryMedian: medianOf(samples.map(sample => sample.deliveryDays))
    });
}
