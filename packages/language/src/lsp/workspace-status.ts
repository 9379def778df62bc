import type { WorkspaceResult } from '../workspace/workspace-analysis.js';

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

const revisions = new WeakMap<WorkspaceResult, number>();
let lastRevision = 0;

export function workspaceStatus(result: WorkspaceResult): WorkspaceStatus {
    const findings = [...result.findingsByUri.values()].flat();
    const { count, total } = result.indicators.coverage.needs;
    let revision = revisions.get(result);
    if (revision === undefined) {
        revision = ++lastRevision;
        revisions.set(result, revision);
    }
    return {
        needs: { covered: count, total },
        errors: findings.filter(finding => finding.severity === 'error').length,
        warnings: findings.filter(finding => finding.severity === 'warning').length,
        revision
    };
}
