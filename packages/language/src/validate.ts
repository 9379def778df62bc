import type { Analysis, AnalysisOptions } from '@svc-lang/core';
import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { isBuiltinUri } from './builtins.js';
import { createSvcCoreServices } from './svc-core-module.js';
import { createBuiltinDocument } from './workspace/svc-workspace-manager.js';

/** The analysis of the files given, and which files they were. */
export interface WorkspaceValidation extends Analysis {
    /** Absolute paths of the .svc documents validated. */
    readonly files: string[];
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
    const { shared, Svc } = createSvcCoreServices(NodeFileSystem, { batch: true });
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
    return { ...Svc.analysis.WorkspaceAnalysis.analyse(options), files };
}
