import type { WorkspaceIndex } from './index.js';
import { agilityIndicators } from './indicators/agility.js';
import { coverageIndicators } from './indicators/coverage.js';
import { alignmentEffects } from './indicators/effect.js';
import { lazyFields } from './indicators/numbers.js';
import { semIndicators } from './indicators/sem.js';
import { tbeByService, tbeIndicators } from './indicators/tbe.js';
import type { Indicators } from './indicators/types.js';
import type { Settings } from './policy.js';

export type * from './indicators/types.js';

/**
 * Every indicator of the language reference, computed from the indexed workspace. Each group
 * (and each part of the coverage) is computed when first read: after a keystroke the language
 * server reads only the needs coverage, and the rest of the indicators cost about as much as
 * the rules. The object still looks like plain data: its keys are enumerable and JSON
 * serialises them. Settings give agility its one asOf, the root package's.
 */
export function computeIndicators(index: WorkspaceIndex, settings: Settings): Indicators {
    return lazyFields<Indicators>({
        coverage: () => coverageIndicators(index),
        sem: () => semIndicators(index),
        tbe: () => tbeIndicators(index),
        tbeByService: () => tbeByService(index),
        agility: () => agilityIndicators(index, settings),
        alignmentEffect: () => alignmentEffects(index)
    });
}
