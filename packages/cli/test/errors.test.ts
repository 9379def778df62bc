import { CommanderError } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { reportFailure, UsageError } from '../src/errors.js';

describe('reporting failures', () => {
    let stderr: MockInstance;
    const written = () => stderr.mock.calls.map(call => String(call[0])).join('');

    beforeEach(() => {
        stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    });
    afterEach(() => stderr.mockRestore());

    it('turns a usage error into one line and exit 2', () => {
        expect(reportFailure(new UsageError('no such file or folder: x'), true)).toBe(2);
        expect(written()).toBe('svc: no such file or folder: x\n');
    });

    it("folds commander's message into one line", () => {
        const error = new CommanderError(1, 'commander.unknownOption', "error: unknown option '--fromat'\n(Did you mean --format?)");
        expect(reportFailure(error, false)).toBe(2);
        expect(written()).toBe("svc: unknown option '--fromat' (Did you mean --format?)\n");
    });

    it('lets help and --version succeed', () => {
        expect(reportFailure(new CommanderError(0, 'commander.version', '0.1.0'), false)).toBe(0);
        expect(written()).toBe('');
    });

    it('shows the stack of an internal error only with --debug', () => {
        expect(reportFailure(new Error('boom'), false)).toBe(2);
        expect(written()).toBe('svc: internal error: boom (run with --debug for details)\n');
        stderr.mockClear();
        reportFailure(new Error('boom'), true);
        expect(written()).toMatch(/^svc: internal error: boom\nError: boom\n\s+at /);
    });
});
