/**
 * The largest message the server reads, in bytes: far above any real one (opening a 5 MB file
 * sends about 6 MB), far below what would exhaust memory.
 */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** A message's header block is a few dozen bytes; junk without an end must not be read for ever. */
const MAX_HEADER_BYTES = 8 * 1024;

const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * Reads the framing of the messages a client sends over a stream (`Content-Length: n`, a blank
 * line, n bytes), beside vscode-jsonrpc's reader, and calls `fail` once with what is wrong when
 * the stream cannot be read on. vscode-jsonrpc has no limit: after `Content-Length: 99999999999`
 * it buffers whatever follows, answering nothing while its memory grows; after a header without
 * a length, or a line without `:`, it reads the body as the next header and never finds its feet
 * again. No message boundary can be trusted after such bytes, so the server cannot recover: it
 * must say why and end, and the client restarts it.
 */
export function watchFraming(input: NodeJS.ReadableStream, fail: (reason: string) => void): void {
    /** Header bytes of the message being read, when its header spans chunks. */
    let header = Buffer.alloc(0);
    /** Body bytes of the current message still to come. */
    let remaining = 0;
    const onData = (chunk: Buffer) => {
        let offset = 0;
        while (offset < chunk.length) {
            if (remaining > 0) {
                const taken = Math.min(remaining, chunk.length - offset);
                remaining -= taken;
                offset += taken;
                continue;
            }
            const data = header.length > 0 ? Buffer.concat([header, chunk.subarray(offset)]) : chunk.subarray(offset);
            const end = data.indexOf(HEADER_END);
            if (end < 0 || end > MAX_HEADER_BYTES) {
                header = Buffer.from(data);
                if (header.length > MAX_HEADER_BYTES) stop(`a message header longer than ${MAX_HEADER_BYTES} bytes`);
                return;
            }
            const length = contentLength(data.subarray(0, end).toString('latin1'));
            if (typeof length === 'string') return stop(length);
            offset += end + HEADER_END.length - header.length;
            header = Buffer.alloc(0);
            remaining = length;
        }
    };
    const stop = (reason: string) => {
        input.removeListener('data', onData);
        fail(reason);
    };
    input.on('data', onData);
}

/** The length a header block gives its body, or what is wrong with it. */
function contentLength(block: string): number | string {
    let length: number | undefined;
    for (const line of block.split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon < 0) return `a message header line without ':' (${JSON.stringify(line.slice(0, 40))})`;
        if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
        const value = line.slice(colon + 1).trim();
        if (!/^\d+$/.test(value)) return `Content-Length ${JSON.stringify(value.slice(0, 40))}, which is not a number`;
        length = Number(value);
    }
    if (length === undefined) return 'a message header without Content-Length';
    return length > MAX_MESSAGE_BYTES ? `a message of ${length} bytes, over the limit of ${MAX_MESSAGE_BYTES}` : length;
}
