import type { AnalysisOptions } from '@svc-lang/core';
import { validateFiles, type WorkspaceValidation } from '@svc-lang/language';
import { collectWorkspace } from './collect.js';
import { startProgress } from './progress.js';

/**
 * How the drawing and writing commands (render, report, export) start: the .svc files under the
 * paths (a folder without any is an error unless `allowEmpty`), and one validation of them all as a workspace,
 * with progress on stderr when it is a terminal.
 */
export async function validatePaths(
    paths: readonly string[],
    cwd: string,
    options: AnalysisOptions,
    allowEmpty: boolean | undefined
): Promise<WorkspaceValidation> {
    const files = collectWorkspace(paths, cwd, allowEmpty);
    const progress = startProgress(process.stderr);
    return validateFiles(files, options, progress.update).finally(progress.stop);
}
