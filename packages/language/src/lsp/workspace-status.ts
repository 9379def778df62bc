import type { WorkspaceResult } from '../workspace/workspace-analysis.js';

/** The notification the server sends after every analysis; the editor shows it in its status bar. */
export const WORKSPACE_STATUS = 'svc/status';

export interface WorkspaceStatus {
    needs: { covered: number; total: number };
    errors: number;
    warnings: number;
}

export function workspaceStatus(result: WorkspaceResult): WorkspaceStatus {
    const findings = [...result.findingsByUri.values()].flat();
    const { count, total } = result.indicators.coverage.needs;
    return {
        needs: { covered: count, total },
        errors: findings.filter(finding => finding.severity === 'error').length,
        warnings: findings.filter(finding => finding.severity === 'warning').length
    };
}
