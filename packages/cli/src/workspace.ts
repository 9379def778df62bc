import type { AnalysisOptions } from '@svc/core';
import { validateFiles, type WorkspaceValidation } from '@svc/language';
import { collectSvcFiles } from './collect.js';
import { writeLine } from './errors.js';
import { startProgress } from './progress.js';

/**
 * How the drawing and writing commands (render, report, export) start: the .svc files under the
 * paths, a warning for each folder without any, and one validation of them all as a workspace,
 * with progress on stderr when it is a terminal.
 */
export async function validatePaths(paths: readonly string[], cwd: string, options: AnalysisOptions): Promise<WorkspaceValidation> {
    const collected = collectSvcFiles(paths, cwd);
    collected.emptyFolders.forEach(folder => writeLine(`warning: no .svc files found under ${folder}`));
    const progress = startProgress(process.stderr);
    return validateFiles(collected.files, options, progress.update).finally(progress.stop);
}
