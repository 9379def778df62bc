import type { Command } from 'commander';
import { checkScope, UnknownElementError, UnknownScopeError, WHOLE_WORKSPACE, type DiagramInput, type DiagramScope } from '@svc-lang/diagram';
import { UsageError } from './errors.js';
import { parseCount, parseRepeated } from './options.js';

/** The options that narrow what the stack, alignment and agility diagrams draw (`DiagramScope`). */
export interface ScopeOptions {
    package?: string[];
    element?: string;
    depth?: number;
}

/** The steps from the element that `--element` draws when `--depth` is not given. */
const DEFAULT_DEPTH = 1;

/** Adds --package, --element and --depth; `element` is how the command's help describes --element. */
export function addScopeOptions(command: Command, element: string): Command {
    return command
        .option('--package <name>', 'draw only the declarations of this package (repeatable)', parseRepeated)
        .option('--element <name>', element)
        .option('--depth <n>', `with --element: how many references away from it to draw (default: ${DEFAULT_DEPTH})`, parseCount);
}

/** The scope the options ask for. A combination that asks for two scopes at once is a usage error. */
export function scopeOf(options: ScopeOptions): DiagramScope {
    if (options.depth !== undefined && options.element === undefined) throw new UsageError('--depth applies only with --element');
    if (options.element !== undefined && options.package !== undefined) throw new UsageError('--element and --package cannot be combined: give one of them');
    if (options.element !== undefined) return { kind: 'element', element: options.element, depth: options.depth ?? DEFAULT_DEPTH };
    if (options.package !== undefined) return { kind: 'packages', packages: options.package };
    return WHOLE_WORKSPACE;
}

/** Refuses, before anything is drawn, a scope that names a package or element the workspace does not have. */
export function checkScopeIn(input: DiagramInput, scope: DiagramScope): void {
    try {
        checkScope(input, scope);
    } catch (error) {
        if (error instanceof UnknownElementError || error instanceof UnknownScopeError) throw new UsageError(error.message);
        throw error;
    }
}
