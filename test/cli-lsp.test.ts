import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SHIM = fileURLToPath(new URL('../packages/cli/bin/svc.cjs', import.meta.url));

/** Sends one JSON-RPC message with LSP's Content-Length framing. */
function send(server: ChildProcessWithoutNullStreams, message: object) {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

/** Resolves with the response to request `id`, reading framed messages off stdout. */
function response(server: ChildProcessWithoutNullStreams, id: number): Promise<{ id: number; result?: { capabilities?: object } }> {
    return new Promise(resolve => {
        let buffer = Buffer.alloc(0);
        server.stdout.on('data', (chunk: Buffer) => {
            buffer = Buffer.concat([buffer, chunk]);
            for (let header = buffer.indexOf('\r\n\r\n'); header >= 0; header = buffer.indexOf('\r\n\r\n')) {
                const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())?.[1]);
                if (buffer.length < header + 4 + length) return;
                const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString());
                buffer = buffer.subarray(header + 4 + length);
                if (message.id === id) resolve(message);
            }
        });
    });
}

describe('svc lsp', () => {
    it('answers initialize over stdio and exits on exit', async () => {
        const server = spawn(process.execPath, [SHIM, 'lsp', '--stdio']);
        const exited = new Promise<number | null>(resolve => server.on('exit', resolve));
        send(server, { id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
        const initialized = await response(server, 1);
        expect(initialized.result?.capabilities).toBeTypeOf('object');
        send(server, { method: 'initialized', params: {} });
        send(server, { id: 2, method: 'shutdown' });
        await response(server, 2);
        send(server, { method: 'exit' });
        expect(await exited).toBe(0);
    });

    it('needs --stdio, the only transport', () => {
        const run = spawnSync(process.execPath, [SHIM, 'lsp'], { encoding: 'utf8' });
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^svc: [^\n]*--stdio[^\n]*\n$/);
    });
});
