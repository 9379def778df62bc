import type { DiagramScope } from '@svc-lang/diagram';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';

/** Far beyond any workspace's packages, and still a bound. */
const MAX_PACKAGES = 1000;
const MAX_TEXT = 10_000;
/** Nine steps reach most of any connected workspace: more is the whole workspace drawn slowly. */
export const MAX_DEPTH = 9;

/** The `scope` of an `svc/diagram` request, checked field by field: anything else is the client's error. */
export function parseDiagramScope(raw: unknown): DiagramScope {
    if (typeof raw !== 'object' || raw === null) throw invalid('scope must be an object');
    const scope = raw as Record<string, unknown>;
    switch (scope['kind']) {
        case 'workspace':
            return { kind: 'workspace' };
        case 'packages': {
            const packages = scope['packages'];
            if (!Array.isArray(packages) || packages.length === 0 || packages.length > MAX_PACKAGES || !packages.every(isPackageName)) {
                throw invalid('scope.packages must be a list of package names');
            }
            return { kind: 'packages', packages: [...packages] };
        }
        case 'file':
            if (!isText(scope['uri'], 1)) throw invalid('scope.uri must be a document URI');
            return { kind: 'file', uri: scope['uri'] };
        case 'element': {
            const { element, depth } = scope;
            if (!isText(element, 1)) throw invalid('scope.element must be a qualified name');
            if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
                throw invalid(`scope.depth must be a whole number from 0 to ${MAX_DEPTH}`);
            }
            return { kind: 'element', element, depth };
        }
        default:
            throw invalid('scope.kind must be workspace, packages, file or element');
    }
}

/** '' is the root package. */
function isPackageName(value: unknown): value is string {
    return isText(value, 0);
}

function isText(value: unknown, minLength: number): value is string {
    return typeof value === 'string' && value.length >= minLength && value.length <= MAX_TEXT;
}

function invalid(message: string): ResponseError<void> {
    return new ResponseError(ErrorCodes.InvalidParams, message);
}
