import type { Analysis } from '@svc-lang/core';

/** The notification the server sends after every analysis; the editor shows it in its status bar. */
export const WORKSPACE_STATUS = 'svc/status';

export interface WorkspaceStatus {
    needs: { covered: number; total: number };
    errors: number;
    warnings: number;
    /**
     * New for every analysis result. The publisher sends a status only when it differs from the
     * last one sent; without this, an edit that keeps the counts (a changed `supportedBy`) would
     * go unannounced, and the preview, which redraws on each status, would not follow it.
     */
    revision: number;
}

const revisions = new WeakMap<Analysis, number>();
let lastRevision = 0;

export function workspaceStatus(result: Analysis): WorkspaceStatus {
    const { count, total } = result.indicators.coverage.needs;
    let revision = revisions.get(result);
    if (revision === undefined) {
        revision = ++lastRevision;
        revisions.set(result, revision);
    }
    return {
        needs: { covered: count, total },
        // The workspace's counts, those a file's diagnostic cap leaves unpublished included, as the CLI counts.
        errors: result.counts.error,
        warnings: result.counts.warning,
        revision
    };
}
