/** The params of the server's `svc/status` notification, sent after every analysis of the workspace. */
export interface SvcStatus {
    needs: { covered: number; total: number };
    errors: number;
    warnings: number;
}

export const STATUS_NOTIFICATION = 'svc/status';

/** What the status-bar item shows; kept free of `vscode` so that it is testable without VS Code. */
export function statusText(status: SvcStatus): string {
    const icon = status.errors > 0 ? '$(error)' : status.warnings > 0 ? '$(warning)' : '$(check)';
    const parts = [`${icon} SVC ${status.needs.covered}/${status.needs.total} needs`];
    if (status.errors > 0) parts.push(count(status.errors, 'error'));
    if (status.warnings > 0) parts.push(count(status.warnings, 'warning'));
    return parts.join(' · ');
}

/** The theme colour behind the item: red while there are errors, amber for warnings only, none when clean. */
export function statusBackground(status: SvcStatus): 'statusBarItem.errorBackground' | 'statusBarItem.warningBackground' | undefined {
    return status.errors > 0 ? 'statusBarItem.errorBackground' : status.warnings > 0 ? 'statusBarItem.warningBackground' : undefined;
}

export function statusTooltip(status: SvcStatus): string {
    return [
        `**SVC workspace**: ${status.needs.covered} of ${status.needs.total} needs are covered by a service.`,
        `${count(status.errors, 'error')}, ${count(status.warnings, 'warning')} in the .svc files.`,
        'Click to open the Problems view.'
    ].join('\n\n');
}

function count(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
