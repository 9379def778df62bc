import type { LangiumDocument, LangiumDocuments } from 'langium';
import type { AnalysisOptions, DocumentModel, Finding, Indicators, WorkspaceModel } from '@svc/core';
import { analyseWorkspace } from '@svc/core';
import type { SvcServices } from '../svc-module.js';
import { buildDocumentModel } from '../model/build-document-model.js';
import { langiumFindings } from './langium-findings.js';

export interface WorkspaceResult {
    model: WorkspaceModel;
    /** Every finding of the workspace, policy applied, keyed by document URI (built-ins excluded). */
    findingsByUri: Map<string, Finding[]>;
    indicators: Indicators;
}

/**
 * The one place where the whole workspace is analysed, for the language server and the CLI
 * alike. Document models are cached per URI and rebuilt only for documents that were rebuilt
 * (re-parsed or re-linked), so a keystroke re-converts one file, not the workspace.
 */
export class WorkspaceAnalysis {
    private readonly documents: LangiumDocuments;
    private readonly models = new Map<string, DocumentModel>();

    constructor(services: SvcServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    /** Forget the models of documents that changed or were removed. */
    invalidate(uris: Iterable<string>): void {
        for (const uri of uris) {
            this.models.delete(uri);
        }
    }

    analyse(options: AnalysisOptions): WorkspaceResult {
        const documents = this.documents.all.toArray();
        const models = documents.map(document => this.modelOf(document));
        const model: WorkspaceModel = { documents: models };
        const parserFindings = documents.flatMap((document, i) => (models[i]!.builtin ? [] : langiumFindings(document, models[i]!)));
        const { findings, indicators } = analyseWorkspace(model, options, parserFindings);
        const findingsByUri = new Map<string, Finding[]>(models.filter(m => !m.builtin).map(m => [m.uri, []]));
        for (const finding of findings) {
            findingsByUri.get(finding.location.uri)?.push(finding);
        }
        return { model, findingsByUri, indicators };
    }

    private modelOf(document: LangiumDocument): DocumentModel {
        const uri = document.uri.toString();
        let model = this.models.get(uri);
        if (!model) {
            model = buildDocumentModel(document);
            this.models.set(uri, model);
        }
        return model;
    }
}
