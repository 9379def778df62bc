import { CommanderError } from 'commander';
import type { InternalFailure } from '@svc-lang/core';
import { visible } from './visible.js';

/** Exit codes, as ESLint uses them. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** A mistake in how svc was called: reported as one line, exit 2, never with a stack. */
export class UsageError extends Error {}

/**
 * Checks that threw inside svc while the rest of the report was still written (each is an
 * `internal-error` finding in it): exit 2, as for any internal error, naming the first.
 */
export class InternalFailures extends Error {
    constructor(failures: readonly InternalFailure[]) {
        const [first, ...rest] = failures;
        const reason = first!.error instanceof Error ? first!.error.message : String(first!.error);
        super(`while ${first!.activity}: ${reason}${rest.length > 0 ? ` (and ${rest.length} more)` : ''}`);
        this.stack = failures.map(({ error }) => (error instanceof Error ? error.stack : undefined) ?? String(error)).join('\n');
    }
}

/**
 * Reports a failure on stderr as exactly one `svc: …` line (plus the stack with --debug, for an
 * internal error) and gives the exit code. Help and --version also arrive here, as commander
 * signals them by throwing; they have already been printed and succeed.
 */
export function reportFailure(error: unknown, debug: boolean): number {
    if (error instanceof CommanderError) {
        if (error.exitCode === 0) {
            return EXIT_OK;
        }
        writeLine(commanderMessage(error));
        return EXIT_USAGE;
    }
    if (error instanceof UsageError) {
        writeLine(error.message);
        return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    // "internal error while running rule x: boom", or "internal error: boom".
    const separator = error instanceof InternalFailures ? ' ' : ': ';
    writeLine(`internal error${separator}${message}${debug ? '' : ' (run with --debug for details)'}`);
    if (debug && error instanceof Error && error.stack) {
        process.stderr.write(`${error.stack.split('\n').map(visible).join('\n')}\n`);
    }
    return EXIT_USAGE;
}

/** One line on stderr, whatever the message holds: a line break or an escape in it is shown, not obeyed. */
export function writeLine(message: string): void {
    process.stderr.write(`svc: ${visible(message)}\n`);
}

function commanderMessage(error: CommanderError): string {
    // Commander shows help (several lines) when no command is given; say so in one line instead.
    if (error.code === 'commander.help') {
        return "no command given (try 'svc --help')";
    }
    return error.message
        .replace(/^error: /, '')
        .replace(/\s*\n\s*/g, ' ')
        .trim();
}
