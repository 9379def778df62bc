import { Command, Option } from 'commander';
import { ALLOW_EMPTY_OPTION } from './collect.js';
import { reportFailure } from './errors.js';
import { FORMAT_NAMES } from './format/index.js';
import { runFormat, type FormatOptions } from './format-command.js';
import { parseCount, parseDate, parsePoints, parseRules } from './options.js';
import { defineExport } from './export-command.js';
import { defineInit } from './init-command.js';
import { defineRender } from './render-command.js';
import { defineReport } from './report-command.js';
import { runValidate, type ValidateOptions } from './validate.js';

const VALIDATE_HELP = `
Options --as-of, --tolerance, --max-response-days and --rule override every policy
block in the workspace (the language's precedence: CLI, package policy, root policy,
default).

Exit codes: 0 no errors and warnings within --max-warnings; 1 errors, or more
warnings than --max-warnings; 2 usage error (bad option or path) or internal error.

In json, sarif and github output, lines and columns are 1-based and endColumn is
exclusive (the column just after the range).`;

const FORMAT_HELP = `
Only whitespace changes: the tokens, the comments and the meaning stay as they are. A file
with syntax errors, one that is not valid UTF-8, one reached through a symbolic link and
one that changes while it is being formatted are left alone and reported on stderr. Each
file is replaced at once (a new file renamed over it), never half written.

Exit codes: 0 done (or, with --check, every file already formatted); 1 a file was skipped,
or with --check a file would change; 2 usage error (bad option or path) or internal error.`;

/**
 * Runs the svc command on its arguments (without `node` and the script) and resolves to the
 * exit code. It never throws and never calls process.exit, so stdout is always flushed; the
 * caller sets process.exitCode. The version comes from the caller, which knows where
 * package.json is.
 */
export async function main(args: string[], version: string): Promise<number> {
    // `svc validate | head` closes stdout early: the reader chose to stop, which is no failure.
    process.stdout.on('error', error => {
        if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
    });
    let exitCode = 0;
    const program = createProgram(version, code => (exitCode = code));
    try {
        await program.parseAsync(args, { from: 'user' });
        return exitCode;
    } catch (error) {
        return reportFailure(error, program.opts<{ debug?: boolean }>().debug === true);
    }
}

function createProgram(version: string, setExitCode: (code: number) => void): Command {
    const program = new Command('svc')
        .description('Validate, format and draw service specifications written in the .svc language')
        .version(version)
        .option('--debug', 'show stack traces of internal errors')
        // Commander's errors are thrown rather than printed, and its stderr output (the error, or the
        // help it shows when no command is given) is dropped: reportFailure says it in one line.
        .exitOverride()
        .configureOutput({ writeErr: () => undefined });
    // program.command() (not addCommand) so that subcommands inherit exitOverride and the output settings.
    defineValidate(program.command('validate'), version, setExitCode);
    defineFormat(program.command('format'), setExitCode);
    defineRender(program.command('render'), setExitCode);
    defineReport(program.command('report'), setExitCode);
    defineExport(program.command('export'), setExitCode);
    defineInit(program.command('init'), version, setExitCode);
    defineLsp(program.command('lsp'));
    return program;
}

function defineValidate(command: Command, version: string, setExitCode: (code: number) => void): void {
    command
        .description('check the .svc files under the given files and folders as one workspace')
        .argument('[paths...]', '.svc files or folders to search (node_modules and dot-folders are skipped)', ['.'])
        .addOption(new Option('--format <format>', 'report format').choices(FORMAT_NAMES).default('text'))
        .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', parseCount)
        .option('--quiet', 'report errors only; warnings and infos are neither shown nor counted')
        .option('--indicators', 'text format: also print the indicators (json always carries them)')
        .option('--output <file>', 'write the report to this file instead of stdout')
        .option('--as-of <date>', 'the date (YYYY-MM-DD) that staleness is measured against', parseDate)
        .option('--tolerance <points>', 'points a gap may reach before it is flagged', parsePoints)
        .option('--max-response-days <days>', 'the agility threshold, in days', parseCount)
        .option('--rule <id=severity>', "set a rule's severity: error, warning, info or off (repeatable, or comma-separated)", parseRules)
        .option(...ALLOW_EMPTY_OPTION)
        .addHelpText('after', VALIDATE_HELP)
        .action(async (paths: string[], options: ValidateOptions) => setExitCode(await runValidate(paths, options, version)));
}

function defineFormat(command: Command, setExitCode: (code: number) => void): void {
    command
        .description('rewrite .svc files in the canonical layout and list the files changed')
        .argument('[paths...]', '.svc files or folders to search (node_modules and dot-folders are skipped)', ['.'])
        .option('--check', 'write nothing; list the files that would change and exit 1 if there are any')
        .option(...ALLOW_EMPTY_OPTION)
        .addHelpText('after', FORMAT_HELP)
        .action((paths: string[], options: FormatOptions) => setExitCode(runFormat(paths, options)));
}

function defineLsp(command: Command): void {
    command
        .description('run the svc language server')
        // vscode-languageserver reads the transport flags from process.argv itself.
        .requiredOption('--stdio', 'communicate over stdin and stdout (the only transport)')
        .addOption(new Option('--clientProcessId <pid>', 'the editor process to exit with').hideHelp())
        // Loaded only here: the other commands never load the language server (a tenth of a small run).
        .action(async () => (await import('@svc-lang/language/server')).startLanguageServer());
}
