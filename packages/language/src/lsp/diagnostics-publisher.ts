import { DocumentState } from 'langium';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Finding } from '@svc/core';
import type { SvcServices } from '../svc-module.js';
import { WORKSPACE_STATUS, workspaceStatus, type WorkspaceStatus } from './workspace-status.js';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information
};

/**
 * Publishes diagnostics after every build, for every document whose diagnostics changed, not
 * only for the documents that were rebuilt: coverage depends on incoming references, so adding
 * `addresses X` in file B must clear `need-uncovered` in file A although A was not touched.
 * This replaces Langium's per-document diagnostics handler, which would publish Langium's own
 * diagnostics first and make every rule's squiggle flicker.
 */
export class DiagnosticsPublisher {
    private readonly published = new Map<string, string>();
    private lastStatus: string | undefined;

    constructor(private readonly services: SvcServices, private readonly connection: Connection) {
        const builder = services.shared.workspace.DocumentBuilder;
        builder.onBuildPhase(DocumentState.Validated, () => this.publishAll());
        builder.onUpdate((_changed, deleted) => this.clear(deleted.map(uri => uri.toString())));
    }

    /** Sends the current diagnostics of every document whose diagnostics changed since last sent. */
    publishAll(): void {
        const result = this.services.analysis.WorkspaceAnalysis.current();
        for (const [uri, findings] of result.findingsByUri) {
            const diagnostics = findings.map(toDiagnostic);
            const key = JSON.stringify(diagnostics);
            if (this.published.get(uri) !== key) {
                this.published.set(uri, key);
                void this.connection.sendDiagnostics({ uri, diagnostics });
            }
        }
        this.sendStatus(workspaceStatus(result));
    }

    private sendStatus(status: WorkspaceStatus): void {
        const key = JSON.stringify(status);
        if (key !== this.lastStatus) {
            this.lastStatus = key;
            void this.connection.sendNotification(WORKSPACE_STATUS, status);
        }
    }

    private clear(deleted: string[]): void {
        for (const uri of deleted) {
            this.published.delete(uri);
            void this.connection.sendDiagnostics({ uri, diagnostics: [] });
        }
    }
}

export function toDiagnostic(finding: Finding): Diagnostic {
    return {
        range: finding.location.range,
        severity: SEVERITY[finding.severity],
        code: finding.rule,
        source: 'svc',
        message: finding.message
    };
}
