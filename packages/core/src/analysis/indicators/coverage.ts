import { STACK_LEVELS, type Level } from '../../model.js';
import { commitments, isAssessedByBusiness } from '../commitments.js';
import type { WorkspaceIndex } from '../index.js';
import { lazyFields, round } from './numbers.js';
import type { CoverageIndicators, LevelCoverage, Ratio } from './types.js';

function ratio(count: number, total: number): Ratio {
    return total === 0 ? { count, total } : { count, total, share: round(count / total, 4) };
}

function levelCoverage(index: WorkspaceIndex): LevelCoverage {
    const populated = new Set<Level | undefined>(index.all('service').map(service => service.level));
    const empty = STACK_LEVELS.filter(level => !populated.has(level));
    const count = STACK_LEVELS.length - empty.length;
    return { populated: count, total: STACK_LEVELS.length, share: round(count / STACK_LEVELS.length, 4), empty };
}

/** Counts the commitments `commitment-unassessed` looks at (current specs, property and service resolved), assessed by the business. */
function commitmentCoverage(index: WorkspaceIndex): Ratio {
    let total = 0;
    let assessed = 0;
    for (const { service, property } of commitments(index)) {
        total++;
        if (isAssessedByBusiness(index, service.qualifiedName, property)) assessed++;
    }
    return ratio(assessed, total);
}

function answered(index: WorkspaceIndex, kind: 'change' | 'gap'): Ratio {
    const all = index.all(kind);
    return ratio(all.filter(item => index.respondersTo(item.qualifiedName).length > 0).length, all.length);
}

/** Each part is computed when first read: the editor's status bar reads only `needs`. */
export function coverageIndicators(index: WorkspaceIndex): CoverageIndicators {
    return lazyFields<CoverageIndicators>({
        needs: () => {
            const needs = index.all('need');
            return ratio(needs.filter(need => index.coveringServices(need.qualifiedName).length > 0).length, needs.length);
        },
        levels: () => levelCoverage(index),
        commitments: () => commitmentCoverage(index),
        changes: () => answered(index, 'change'),
        gaps: () => answered(index, 'gap')
    });
}
