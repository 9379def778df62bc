import { delayNextTick, OperationCancelled } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * How every request the server answers itself begins: one turn of the event loop, so that a
 * `$/cancelRequest` the client sent right behind the request is read, then a stop if it came
 * (Langium answers OperationCancelled with RequestCancelled, -32800). A request starts the moment
 * it arrives, and without this turn it would run in full before its cancellation could even be
 * read. Requests still queued when their cancellation comes never start (server/main.ts); the
 * long ones check their token again as they go (`interruptAndCheck`).
 */
export async function startUnlessCancelled(token: CancellationToken | undefined): Promise<void> {
    await delayNextTick();
    if (token?.isCancellationRequested) throw OperationCancelled;
}
