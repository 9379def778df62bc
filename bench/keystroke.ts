/**
 * Keystroke latency through the real language server over stdio: file B gains and loses an
 * `addresses` line that covers a need in file A; we time from sending `didChange` for B to the
 * moment A's republished diagnostics arrive (without, then again with, `need-uncovered`).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection,
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    ExitNotification,
    InitializedNotification,
    InitializeRequest,
    PublishDiagnosticsNotification,
    ShutdownRequest,
    StreamMessageReader,
    StreamMessageWriter,
    type Diagnostic
} from 'vscode-languageserver-protocol/node';
import type { Probe } from './generate.js';
import { CLI } from './paths.js';
import { median, percentile } from './stats.js';

export interface KeystrokeResult {
    /** Time from `initialized` to A's first diagnostics: the server's start-up over the whole workspace. */
    startupMs: number;
    /** Every timed edit: adding and removing both count, so 2 × pairs samples. */
    samplesMs: number[];
    addMs: number[];
    removeMs: number[];
    medianMs: number;
    p95Ms: number;
    warmupPairs: number;
    /** The server's peak RSS (Linux /proc VmHWM), when readable. */
    serverPeakMiB?: number;
}

interface Options {
    pairs: number;
    warmupPairs: number;
    /** Pause between edits, so that each sample starts from an idle server (a typist's cadence, not a flood). */
    settleMs: number;
    /** The CLI whose `svc lsp --stdio` to measure: this checkout's by default, another's for a side-by-side comparison. */
    cli?: string;
}

export async function measureKeystrokes(folder: string, probe: Probe, options: Options): Promise<KeystrokeResult> {
    // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server.
    const nodeArgs = (process.env['BENCH_SERVER_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
    const server = spawn(process.execPath, [...nodeArgs, options.cli ?? CLI, 'lsp', '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise(resolve => server.once('exit', resolve));
    let stderr = '';
    server.stderr.on('data', chunk => (stderr = (stderr + String(chunk)).slice(-4000)));
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const aUri = pathToFileURL(join(folder, probe.needFile)).toString();
    const bUri = pathToFileURL(join(folder, probe.editFile)).toString();
    const needName = probe.need.slice(probe.need.lastIndexOf('.') + 1);
    const uncovered = (diagnostics: Diagnostic[]) =>
        diagnostics.some(d => d.code === 'need-uncovered' && (typeof d.message === 'string' ? d.message : d.message.value).includes(needName));

    // The arrival time is taken in the notification handler itself, not when a waiter wakes up.
    let waiting: { predicate: (d: Diagnostic[]) => boolean; resolve: (at: number) => void } | undefined;
    let latestA: Diagnostic[] | undefined;
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        if (params.uri !== aUri) return;
        latestA = params.diagnostics;
        if (waiting?.predicate(params.diagnostics)) {
            const { resolve } = waiting;
            waiting = undefined;
            resolve(performance.now());
        }
    });
    connection.listen();
    const until = (predicate: (d: Diagnostic[]) => boolean, timeoutMs: number) =>
        new Promise<number>((resolve, reject) => {
            const timer = setTimeout(
                () =>
                    reject(
                        new Error(
                            `no matching diagnostics for ${probe.needFile} within ${timeoutMs} ms; ` +
                                `last: ${JSON.stringify(latestA)?.slice(0, 500)}; server stderr: ${stderr}`
                        )
                    ),
                timeoutMs
            );
            waiting = {
                predicate,
                resolve: at => {
                    clearTimeout(timer);
                    resolve(at);
                }
            };
        });

    try {
        const rootUri = pathToFileURL(folder).toString();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri,
            workspaceFolders: [{ uri: rootUri, name: 'bench' }],
            capabilities: {}
        });
        const firstDiagnostics = until(uncovered, 300_000);
        const started = performance.now();
        await connection.sendNotification(InitializedNotification.type, {});
        const startupMs = (await firstDiagnostics) - started;

        const original = readFileSync(join(folder, probe.editFile), 'utf8');
        const lines = original.split('\n');
        const covering = [...lines.slice(0, probe.editLine + 1), probe.editText, ...lines.slice(probe.editLine + 1)].join('\n');
        let version = 1;
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: bUri, languageId: 'svc', version, text: original }
        });
        const edit = async (text: string, predicate: (d: Diagnostic[]) => boolean) => {
            await pause(options.settleMs);
            const arrived = until(predicate, 60_000);
            const sent = performance.now();
            await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri: bUri, version: ++version },
                contentChanges: [{ text }]
            });
            return (await arrived) - sent;
        };
        const addMs: number[] = [];
        const removeMs: number[] = [];
        for (let i = 0; i < options.warmupPairs + options.pairs; i++) {
            const added = await edit(covering, d => !uncovered(d));
            const removed = await edit(original, uncovered);
            if (i >= options.warmupPairs) {
                addMs.push(added);
                removeMs.push(removed);
            }
        }
        const samplesMs = [...addMs, ...removeMs];
        const peak = peakOf(server.pid);
        // A clean LSP shutdown, so that a profiled server writes its profile.
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
        await Promise.race([exited, pause(5000)]);
        return {
            startupMs,
            samplesMs,
            addMs,
            removeMs,
            medianMs: median(samplesMs),
            p95Ms: percentile(samplesMs, 95),
            warmupPairs: options.warmupPairs,
            ...peak
        };
    } finally {
        connection.dispose();
        if (server.exitCode === null) server.kill();
    }
}

function peakOf(pid: number | undefined): { serverPeakMiB?: number } {
    try {
        const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        return kib ? { serverPeakMiB: Number(kib) / 1024 } : {};
    } catch {
        return {};
    }
}

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
