import { DocumentState } from 'langium';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { internalErrorFinding, type Finding, type InternalFailure } from '@svc-lang/core';
import { isBuiltinUri } from '../builtins.js';
import type { SvcServices } from '../svc-module.js';
import type { Analysis } from '@svc-lang/core';
import { WORKSPACE_STATUS, workspaceStatus, type WorkspaceStatus } from './workspace-status.js';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information
};

/**
 * A build of a small edit takes milliseconds, so while someone types (or a client replays 100
 * edits 5 ms apart) most builds are superseded before anyone could read their diagnostics. They
 * are sent once no update has started for this long, so only the latest text's are sent. The
 * quiet time counts from the start of the last update, not from the end of its build, and the
 * analysis runs as soon as the build is done: a keystroke's diagnostics arrive after
 * max(QUIET_MS, build + analysis), not QUIET_MS + build + analysis.
 */
const QUIET_MS = 50;

/**
 * Publishes diagnostics after every build, for every document whose diagnostics changed, not
 * only for the documents that were rebuilt: coverage depends on incoming references, so adding
 * `addresses X` in file B must clear `need-uncovered` in file A although A was not touched.
 * This replaces Langium's per-document diagnostics handler, which would publish Langium's own
 * diagnostics first and make every rule's squiggle flicker.
 *
 * It is also where internal errors surface in the editor: each is logged (the client's output
 * channel) and shown as an `internal-error` diagnostic, and the server carries on.
 */
export class DiagnosticsPublisher {
    private readonly published = new Map<string, string>();
    private lastStatus: string | undefined;
    private lastLogged: Analysis | undefined;
    private pending: NodeJS.Timeout | undefined;
    private analysing: NodeJS.Immediate | undefined;
    /** When the last update started (performance.now()). */
    private updateStarted = Number.NEGATIVE_INFINITY;
    /** Bumped by every update, so work scheduled for an older build is dropped. */
    private generation = 0;

    constructor(
        private readonly services: SvcServices,
        private readonly connection: Connection
    ) {
        const builder = services.shared.workspace.DocumentBuilder;
        builder.onBuildPhase(DocumentState.Validated, () => this.scheduleAfterBuild());
        // An update starts rebuilding documents: a publish still waiting would see them half-built.
        builder.onUpdate((_changed, deleted) => {
            this.generation++;
            this.updateStarted = performance.now();
            this.cancelScheduled();
            this.clear(deleted.map(uri => uri.toString()));
        });
    }

    /**
     * Once the build has finished (after any message already queued, which may be the next
     * edit), analyse; then publish once the quiet time since the update's start has passed.
     */
    private scheduleAfterBuild(): void {
        this.cancelScheduled();
        const generation = this.generation;
        this.analysing = setImmediate(() => {
            this.analysing = undefined;
            if (generation !== this.generation) return;
            try {
                this.services.analysis.WorkspaceAnalysis.current();
            } catch {
                // publishAll reports it.
            }
            if (generation !== this.generation) return;
            const wait = Math.max(0, this.updateStarted + QUIET_MS - performance.now());
            this.pending = setTimeout(() => {
                this.pending = undefined;
                if (generation === this.generation) this.publishAll();
            }, wait);
        });
    }

    private cancelScheduled(): void {
        clearTimeout(this.pending);
        this.pending = undefined;
        if (this.analysing) clearImmediate(this.analysing);
        this.analysing = undefined;
    }

    /** Sends the current diagnostics of every document whose diagnostics changed since last sent. */
    publishAll(): void {
        this.cancelScheduled();
        try {
            const result = this.services.analysis.WorkspaceAnalysis.current();
            // First: the status reads indicators, computed lazily, whose failures must be logged too.
            const status = workspaceStatus(result);
            this.logFailures(result);
            for (const [uri, findings] of result.findingsByUri) {
                this.send(uri, findings.map(toDiagnostic));
            }
            this.sendStatus(status);
        } catch (error) {
            const first = this.services.shared.workspace.LangiumDocuments.all.map(document => document.uri.toString()).find(uri => !isBuiltinUri(uri));
            this.reportFailure({ activity: 'publishing diagnostics', error }, first === undefined ? [] : [first]);
        }
    }

    /** A failure outside the analysis (a build, publishing): logged, and shown on `uris`. */
    reportFailure(failure: InternalFailure, uris: readonly string[]): void {
        this.log(failure);
        for (const uri of uris) {
            this.send(uri, [toDiagnostic({ ...internalErrorFinding(failure, uri), severity: 'error' })]);
        }
    }

    private send(uri: string, diagnostics: Diagnostic[]): void {
        const key = JSON.stringify(diagnostics);
        if (this.published.get(uri) !== key) {
            this.published.set(uri, key);
            void this.connection.sendDiagnostics({ uri, diagnostics });
        }
    }

    // The same result is published again when only settings change: log its failures once.
    private logFailures(result: Analysis): void {
        if (result !== this.lastLogged) {
            this.lastLogged = result;
            result.failures.forEach(failure => this.log(failure));
        }
    }

    private log(failure: InternalFailure): void {
        const { error } = failure;
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        this.connection.console.error(`svc: internal error while ${failure.activity}: ${detail}`);
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
    const diagnostic: Diagnostic = {
        range: finding.location.range,
        severity: SEVERITY[finding.severity],
        code: finding.rule,
        source: 'svc',
        message: finding.message
    };
    if (finding.related) diagnostic.relatedInformation = finding.related.map(({ location, message }) => ({ location, message }));
    return diagnostic;
}
