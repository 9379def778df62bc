/** The part of a stream progress needs; process.stderr is one. */
export interface ProgressStream {
    isTTY?: boolean;
    write(text: string): unknown;
}

/** Plain functions, not methods: callers hand them on as callbacks. */
export interface Progress {
    readonly update: (done: number, total: number) => void;
    readonly stop: () => void;
}

/** Quick runs stay silent: progress appears only once a run has taken this long. */
const DELAY_MS = 1000;

const CLEAR_LINE = '\r\u001b[K';

/**
 * A progress line on stderr, redrawn in place. Only a terminal gets it: a CI log or a file
 * would fill up with partial lines.
 */
export function startProgress(stream: ProgressStream): Progress {
    if (!stream.isTTY) {
        return { update: () => undefined, stop: () => undefined };
    }
    let done = 0;
    let total = 0;
    let shown = false;
    const draw = () => stream.write(`${CLEAR_LINE}svc: validating ${done}/${total} files…`);
    const timer = setTimeout(() => {
        shown = true;
        draw();
    }, DELAY_MS);
    return {
        update(doneNow, totalNow) {
            [done, total] = [doneNow, totalNow];
            if (shown) draw();
        },
        stop() {
            clearTimeout(timer);
            if (shown) stream.write(CLEAR_LINE);
        }
    };
}
