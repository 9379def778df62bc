// What the scope picker's choices mean where the editor is. No `vscode` here: unit-tested as is.
import type { DiagramScope } from '@svc-lang/diagram';
import type { ScopeChoice } from './messages.js';

/** Where the editor's caret is: what "this file", "this package" and "around the caret" refer to. */
export interface EditorPlace {
    uri: string;
    /** The file's package ('' for the root package); null when the server does not know the file. */
    package: string | null;
    /** The declaration the caret is in, if any. */
    element: string | null;
}

/**
 * The scope to ask the server for; undefined for the whole workspace, which is also what a
 * choice falls back to while there is no place for it (no svc file open, the caret outside any
 * declaration).
 */
export function scopeFor(choice: ScopeChoice, depth: number, place: EditorPlace | undefined): DiagramScope | undefined {
    switch (choice) {
        case 'package':
            return place?.package == null ? undefined : { kind: 'packages', packages: [place.package] };
        case 'file':
            return place?.package == null ? undefined : { kind: 'file', uri: place.uri };
        case 'element':
            return place?.element == null ? undefined : { kind: 'element', element: place.element, depth };
        case 'workspace':
            return undefined;
    }
}

/** Whether moving from one place to another changes what the choice draws. */
export function scopeMoved(choice: ScopeChoice, depth: number, from: EditorPlace | undefined, to: EditorPlace | undefined): boolean {
    return JSON.stringify(scopeFor(choice, depth, from)) !== JSON.stringify(scopeFor(choice, depth, to));
}
