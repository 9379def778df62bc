import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createSvcServices } from '../src/svc-module.js';
import { createBuiltinDocument } from '../src/workspace/svc-workspace-manager.js';
import type { SvcFile } from '../src/generated/ast.js';

/** A fresh in-memory workspace with the built-in catalogue and the given files, built and validated. */
export async function buildWorkspace(files: Record<string, string>) {
    const services = createSvcServices(EmptyFileSystem);
    const { shared } = services;
    const documents = shared.workspace.LangiumDocuments;
    documents.addDocument(createBuiltinDocument(shared.workspace.LangiumDocumentFactory));
    const created: Record<string, LangiumDocument<SvcFile>> = {};
    for (const [name, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString<SvcFile>(text, URI.parse(`file:///ws/${name}`));
        documents.addDocument(document);
        created[name] = document;
    }
    await shared.workspace.DocumentBuilder.build(documents.all.toArray(), { validation: true });
    return { ...services, documents: created };
}

export async function parseOne(text: string): Promise<LangiumDocument<SvcFile>> {
    const { documents } = await buildWorkspace({ 'test.svc': text });
    return documents['test.svc']!;
}
