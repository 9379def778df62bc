import type { Assessment } from '../../model.js';
import { dayOf } from '../dates.js';
import type { WorkspaceIndex } from '../index.js';
import { mean, round, withoutAbsent } from './numbers.js';
import type { TbeIndicator } from './types.js';

/**
 * C and M average every score whose property resolves to a property of that group (built-in
 * or user-declared); a property scored twice counts twice. TBE = C × M / 100 from the
 * unrounded means; each is absent when a group has no scores.
 */
function assessmentTbe(index: WorkspaceIndex, assessment: Assessment): TbeIndicator {
    const groups = { core: [] as number[], management: [] as number[] };
    for (const score of assessment.scores) {
        const group = index.resolve(score.property, 'property')?.group;
        if (group) groups[group].push(score.value);
    }
    const [core, management] = [mean(groups.core), mean(groups.management)];
    const tbe = core === undefined || management === undefined ? undefined : (core * management) / 100;
    return withoutAbsent<TbeIndicator>({
        assessment: assessment.qualifiedName,
        service: index.resolve(assessment.service, 'service')?.qualifiedName,
        date: dayOf(assessment.date) === undefined ? undefined : assessment.date?.iso,
        core: core === undefined ? undefined : round(core, 2),
        management: management === undefined ? undefined : round(management, 2),
        tbe: tbe === undefined ? undefined : round(tbe, 2)
    });
}

export function tbeIndicators(index: WorkspaceIndex): TbeIndicator[] {
    return index.all('assessment').map(assessment => assessmentTbe(index, assessment));
}
