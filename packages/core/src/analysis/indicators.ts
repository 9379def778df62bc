import type { WorkspaceIndex } from './index.js';
import { agilityIndicators } from './indicators/agility.js';
import { coverageIndicators } from './indicators/coverage.js';
import { round } from './indicators/numbers.js';
import { semIndicators } from './indicators/sem.js';
import { tbeIndicators } from './indicators/tbe.js';
import type { AlignmentEffect, Indicators } from './indicators/types.js';

export type * from './indicators/types.js';

/** after − before for each alignment that records `tbe before … after …`. */
function alignmentEffects(index: WorkspaceIndex): AlignmentEffect[] {
    return index.all('alignment').flatMap(alignment => {
        const tbe = alignment.tbe;
        return tbe ? [{ alignment: alignment.qualifiedName, before: tbe.before, after: tbe.after, effect: round(tbe.after - tbe.before, 2) }] : [];
    });
}

/** Every indicator of the language reference, computed from the indexed workspace. */
export function computeIndicators(index: WorkspaceIndex): Indicators {
    return {
        coverage: coverageIndicators(index),
        sem: semIndicators(index),
        tbe: tbeIndicators(index),
        agility: agilityIndicators(index),
        alignmentEffect: alignmentEffects(index)
    };
}
