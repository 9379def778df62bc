import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startProgress } from '../src/progress.js';

function stream(isTTY: boolean) {
    const written: string[] = [];
    return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('progress', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('stays silent on a run shorter than a second', () => {
        const tty = stream(true);
        const progress = startProgress(tty);
        progress.update(1, 2);
        vi.advanceTimersByTime(900);
        progress.stop();
        expect(tty.written).toEqual([]);
    });

    it('redraws one line on a terminal after a second, and clears it at the end', () => {
        const tty = stream(true);
        const progress = startProgress(tty);
        progress.update(1, 4);
        vi.advanceTimersByTime(1000);
        progress.update(2, 4);
        progress.stop();
        expect(tty.written).toEqual(['\r\u001b[Ksvc: validating 1/4 files…', '\r\u001b[Ksvc: validating 2/4 files…', '\r\u001b[K']);
    });

    it('never writes to something that is not a terminal', () => {
        const pipe = stream(false);
        const progress = startProgress(pipe);
        vi.advanceTimersByTime(5000);
        progress.update(1, 1);
        progress.stop();
        expect(pipe.written).toEqual([]);
    });
});
