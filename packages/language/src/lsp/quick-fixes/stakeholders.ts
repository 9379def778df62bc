import type { Need, Perspective, Stakeholder } from '@svc-lang/core';
import { defined, type WorkspaceView } from './fix-context.js';

/** Stakeholders of a perspective that a simple name reaches from `uri`, the `preferred` ones first. */
export function stakeholdersFrom(view: WorkspaceView, uri: string, perspective: Perspective, preferred: readonly string[]): Stakeholder[] {
    const visible = view.visibleFrom(uri, 'stakeholder').filter(stakeholder => stakeholder.perspective === perspective);
    const first = visible.filter(stakeholder => preferred.includes(stakeholder.qualifiedName));
    return [...first, ...visible.filter(stakeholder => !first.includes(stakeholder))];
}

/** Qualified names of the stakeholders who raised the needs: the likeliest to sign or own a response. */
export function raisersOf(needs: readonly (Need | undefined)[]): string[] {
    return needs.flatMap(need => need?.raisedBy.map(ref => ref.target).filter(defined) ?? []);
}

/**
 * Names for `accountable`: one business and one IT stakeholder where visible, since the paper
 * makes alignment a shared activity. Empty when none is visible (a warning, never an error).
 */
export function accountableFrom(view: WorkspaceView, uri: string, preferred: readonly string[]): string[] {
    return (['business', 'it'] as const)
        .map(perspective => stakeholdersFrom(view, uri, perspective, preferred)[0])
        .filter(defined)
        .map(stakeholder => view.nameFrom(uri, stakeholder.qualifiedName));
}
