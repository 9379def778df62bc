import type { WorkspaceModel } from '@svc-lang/core';
import { declarationTitles } from '../format/indicators.js';

/**
 * What a reader calls a service: its title, or its qualified name when it has none (a blank
 * title is none, as in the diagrams). Headings use it; the qualified name stays in the
 * diagrams' subtitles for whoever looks for the declaration.
 */
export function serviceLabels(model: WorkspaceModel): (qualifiedName: string) => string {
    const titles = declarationTitles(model);
    return qualifiedName => titles(qualifiedName) ?? qualifiedName;
}
