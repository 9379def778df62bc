import type { WorkspaceIndex } from './index.js';
import { agilityIndicators } from './indicators/agility.js';
import { coverageIndicators } from './indicators/coverage.js';
import { lazyFields, round } from './indicators/numbers.js';
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

/**
 * Every indicator of the language reference, computed from the indexed workspace. Each group
 * (and each part of the coverage) is computed when first read: after a keystroke the language
 * server reads only the needs coverage, and the rest of the indicators cost about as much as
 * the rules. The object still looks like plain data: its keys are enumerable and JSON
 * serialises them.
 */
export function computeIndicators(index: WorkspaceIndex): Indicators {
    return lazyFields<Indicators>({
        coverage: () => coverageIndicators(index),
        sem: () => semIndicators(index),
        tbe: () => tbeIndicators(index),
        agility: () => agilityIndicators(index),
        alignmentEffect: () => alignmentEffects(index)
    });
}
