import { MANAGEMENT_LEVEL, STACK_LEVELS, type Alignment, type DateValue, type Level, type Need, type Ref } from '../../model.js';
import { dayOf } from '../dates.js';
import type { WorkspaceIndex } from '../index.js';
import { median, percentile } from './numbers.js';
import type { AgilityIndicators, AgilitySample, AgilityStats } from './types.js';

const LEVELS: readonly Level[] = [...STACK_LEVELS, MANAGEMENT_LEVEL];

function levelsOf(index: WorkspaceIndex, refs: readonly Ref[]): Level[] {
    const found = new Set(refs.map(ref => index.resolve(ref, 'service')?.level));
    return LEVELS.filter(level => found.has(level));
}

function sample(
    alignment: Alignment,
    subject: string,
    kind: AgilitySample['subjectKind'],
    from: DateValue | undefined,
    levels: Level[]
): AgilitySample[] {
    const [start, end] = [dayOf(from), dayOf(alignment.responded)];
    if (start === undefined || end === undefined || !from || !alignment.responded) return [];
    const to = alignment.responded.iso;
    return [{ alignment: alignment.qualifiedName, subject, subjectKind: kind, from: from.iso, to, days: end - start, levels }];
}

/**
 * One sample per need an alignment aligns (the services involved: those of its `aligns` lines
 * for that need) and per change it responds to (the services involved: all it aligns).
 */
function alignmentSamples(index: WorkspaceIndex, alignment: Alignment): AgilitySample[] {
    const aligned = new Map<Need, Ref[]>();
    for (const clause of alignment.aligns) {
        const need = index.resolve(clause.need, 'need');
        if (!need) continue;
        const services = aligned.get(need) ?? [];
        services.push(...clause.services);
        aligned.set(need, services);
    }
    const samples: AgilitySample[] = [];
    for (const [need, services] of aligned) {
        samples.push(...sample(alignment, need.qualifiedName, 'need', need.raised, levelsOf(index, services)));
    }
    const allServices = alignment.aligns.flatMap(clause => clause.services);
    const changes = new Set(alignment.respondsTo.map(ref => index.resolve(ref, 'change')));
    for (const change of changes) {
        if (change) samples.push(...sample(alignment, change.qualifiedName, 'change', change.date, levelsOf(index, allServices)));
    }
    return samples;
}

function stats(days: number[]): AgilityStats {
    const sorted = [...days].sort((a, b) => a - b);
    const [middle, p90] = [median(sorted), percentile(sorted, 90)];
    return middle === undefined || p90 === undefined ? { count: 0 } : { count: sorted.length, median: middle, p90 };
}

export function agilityIndicators(index: WorkspaceIndex): AgilityIndicators {
    const samples = index.all('alignment').flatMap(alignment => alignmentSamples(index, alignment));
    const byLevel: AgilityIndicators['byLevel'] = {};
    for (const level of LEVELS) {
        const days = samples.filter(s => s.levels.includes(level)).map(s => s.days);
        if (days.length > 0) byLevel[level] = stats(days);
    }
    return { samples, overall: stats(samples.map(s => s.days)), byLevel };
}
