import type { WorkspaceModel } from '@svc/core';

/**
 * What a reader calls a service: its title, or its qualified name when it has none (a blank
 * title is none, as in the diagrams). Headings use it; the qualified name stays in the
 * diagrams' subtitles for whoever looks for the declaration.
 */
export function serviceLabels(model: WorkspaceModel): (qualifiedName: string) => string {
    const titles = new Map<string, string>();
    for (const document of model.documents) {
        for (const declaration of document.declarations) {
            const title = declaration.title?.trim();
            if (declaration.kind === 'service' && title && !titles.has(declaration.qualifiedName)) titles.set(declaration.qualifiedName, title);
        }
    }
    return qualifiedName => titles.get(qualifiedName) ?? qualifiedName;
}
