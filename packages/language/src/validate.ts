import type { AnalysisOptions, Finding, Indicators, InternalFailure, OmittedCounts, WorkspaceModel } from '@svc/core';
import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { isBuiltinUri } from './builtins.js';
import { createSvcServices } from './svc-module.js';
import { createBuiltinDocument } from './workspace/svc-workspace-manager.js';

export interface WorkspaceValidation {
    /** Absolute paths of the .svc documents validated. */
    files: string[];
    model: WorkspaceModel;
    /** Policy applied, suppressions removed, sorted by URI, line, column and rule. */
    findings: Finding[];
    indicators: Indicators;
    /** Findings left out of `findings` because a file had more than 1,000. */
    omitted: OmittedCounts;
    /** What threw inside svc; each is also an `internal-error` finding. */
    failures: InternalFailure[];
}

/**
 * Validates the given files as one workspace, exactly as the language server would: the same
 * services, the same build, the same analysis.
 */
export async function validateFiles(
    files: string[],
    options: AnalysisOptions,
    onProgress?: (done: number, total: number) => void
): Promise<WorkspaceValidation> {
    const { shared, Svc } = createSvcServices(NodeFileSystem, { batch: true });
    const documents = shared.workspace.LangiumDocuments;
    documents.addDocument(createBuiltinDocument(shared.workspace.LangiumDocumentFactory));
    for (const file of files) {
        await documents.getOrCreateDocument(URI.file(file));
    }
    let validated = 0;
    const progress = shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
        if (!isBuiltinUri(document.uri.toString())) {
            onProgress?.(++validated, files.length);
        }
    });
    await shared.workspace.DocumentBuilder.build(documents.all.toArray(), { validation: true });
    progress.dispose();
    const result = Svc.analysis.WorkspaceAnalysis.analyse(options);
    return {
        files,
        model: result.model,
        findings: [...result.findingsByUri.keys()].sort().flatMap(uri => result.findingsByUri.get(uri)!),
        indicators: result.indicators,
        omitted: result.omitted,
        failures: result.failures
    };
}
