import * as path from 'node:path';
import { Command, Option } from 'commander';
import { todayIso } from '@svc-lang/language';
import { EXIT_OK, InternalFailures } from './errors.js';
import { checkOwnFolder, writeTargets, type OutputTarget } from './output-files.js';
import { reportContent } from './report/content.js';
import { reportDiagrams } from './report/diagrams.js';
import { reportHtml } from './report/html.js';
import { reportMarkdown } from './report/markdown.js';
import { REPORT_MARKER } from './report/marker.js';
import { validatePaths } from './workspace.js';
import { ALLOW_EMPTY_OPTION } from './collect.js';
import { addScopeOptions, checkScopeIn, scopeOf, type ScopeOptions } from './scope-options.js';

const REPORT_FORMATS = ['html', 'md'] as const;
const REPORT_THEMES = ['light', 'dark'] as const;

export interface ReportCommandOptions extends ScopeOptions {
    out: string;
    format: (typeof REPORT_FORMATS)[number];
    theme: (typeof REPORT_THEMES)[number];
    force?: boolean;
    allowEmpty?: boolean;
}

const REPORT_HELP = `
A document for readers who do not read .svc: whether business and IT are aligned, the
indicators, every finding, and the diagrams (stack, alignment, agility, and the profile
and SEM gaps of each service with values).

html: one self-contained file, no scripts and nothing fetched; the diagrams inline.
md: FILE, and its diagrams as SVG files in FILE's name + "-diagrams/" beside it, linked
by relative paths (GitHub and VS Code show those; neither shows inline SVG or data: images
in Markdown reliably).

With --package, the stack, alignment and agility diagrams draw only the declarations of
those packages; with --element, that element and what references link it to, either way,
within --depth steps. The rest of the report stays the whole workspace's.

A file there that svc report did not write is not overwritten without --force; an SVG
file an earlier report wrote into the diagram folder and this one does not is removed.
Nothing is written through a symbolic link, and nothing at all when a file cannot be
written.

Exit codes: 0 written (whatever the findings: a report documents them); 2 usage error
(bad option or path, or a file it will not overwrite) or internal error.`;

export function defineReport(command: Command, setExitCode: (code: number) => void): void {
    command
        .description('write a report for readers: indicators, findings and diagrams, as HTML or Markdown')
        .argument('[paths...]', '.svc files or folders to search (node_modules and dot-folders are skipped)', ['.'])
        .requiredOption('--out <file>', 'the report file to write')
        .addOption(new Option('--format <format>', 'the document format').choices(REPORT_FORMATS).default('html'))
        .addOption(new Option('--theme <theme>', 'colours of the page and its diagrams').choices(REPORT_THEMES).default('light'));
    addScopeOptions(command, 'stack, alignment, agility diagrams: draw this element and its neighbours (qualified name, or a simple name only one element has)')
        .option('--force', 'overwrite files that svc report did not write')
        .option(...ALLOW_EMPTY_OPTION)
        .addHelpText('after', REPORT_HELP)
        .action(async (paths: string[], options: ReportCommandOptions) => setExitCode(await runReport(paths, options)));
}

/** `svc report`: validates the workspace as `svc validate` does, and writes the document. */
export async function runReport(paths: string[], options: ReportCommandOptions): Promise<number> {
    const scope = scopeOf(options);
    const cwd = process.cwd();
    const file = path.resolve(cwd, options.out);
    const today = todayIso();
    const validation = await validatePaths(paths, cwd, { today }, options.allowEmpty);
    checkScopeIn(validation, scope);
    const diagrams = await reportDiagrams(validation, options.theme, scope);
    const content = reportContent({
        files: validation.files.length,
        sources: paths,
        today,
        model: validation.model,
        findings: validation.findings,
        indicators: validation.indicators,
        omitted: validation.omitted,
        diagrams,
        cwd
    });
    const policy = { marker: REPORT_MARKER, writer: 'svc report', force: options.force === true };
    if (options.format === 'html') {
        writeTargets([{ file, content: reportHtml(content, options.theme) }], policy, cwd);
    } else {
        // The Markdown report's diagram folder is named by svc, not by the user, and holds only
        // its diagrams: one an earlier report drew and this one does not (a renamed service's) goes.
        const folder = path.join(path.dirname(file), diagramFolder(file));
        checkOwnFolder(folder, cwd);
        writeTargets(markdownTargets(file, content), policy, cwd, { folder, owns: name => name.endsWith('.svg') });
    }
    if (validation.failures.length > 0) throw new InternalFailures(validation.failures);
    return EXIT_OK;
}

/** Where the Markdown report's SVG files go, beside it: `<stem>-diagrams`. */
function diagramFolder(file: string): string {
    return `${path.basename(file, path.extname(file))}-diagrams`;
}

/** The report, then its SVG files in its diagram folder. */
function markdownTargets(file: string, content: ReturnType<typeof reportContent>): OutputTarget[] {
    const folder = diagramFolder(file);
    const svgs = content.diagrams.map(diagram => ({ file: path.join(path.dirname(file), folder, diagram.file), content: `${REPORT_MARKER}\n${diagram.svg}` }));
    return [{ file, content: reportMarkdown(content, folder) }, ...svgs];
}
