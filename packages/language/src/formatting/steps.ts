/**
 * How many nodes or tokens a formatting pass handles between two yields. The passes are
 * generators so that the editor's formatter can stop between two steps when its request is
 * cancelled (`cancellableReplacements`); `svc format` runs them straight through. A step is
 * about a millisecond.
 */
export const ITEMS_PER_STEP = 2_000;
