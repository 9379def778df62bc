/**
 * One measurement in a fresh process, so that peak RSS belongs to this measurement alone:
 *   node --expose-gc bench/out/worker.mjs <baseline|full> <folder>
 * Prints one JSON line: { mode, ms, cpuMs, peakMiB, files, rules }. cpuMs (user + system, all threads)
 * is the steadier figure when other work shares the machine.
 *
 * baseline: the same services and documents as `validateFiles`, built with `{ validation: false }`
 *           — parse, index, link — and no analysis: what Langium costs without our rules.
 * full:     `validateFiles` itself — parse, link, Langium's validation, model, every rule, indicators.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { BUILTIN_SOURCE, BUILTIN_URI, createSvcServices, validateFiles } from '@svc/language';

type Mode = 'baseline' | 'full';

async function baseline(files: string[]): Promise<void> {
    const { shared } = createSvcServices(NodeFileSystem);
    const documents = shared.workspace.LangiumDocuments;
    documents.addDocument(shared.workspace.LangiumDocumentFactory.fromString(BUILTIN_SOURCE, URI.parse(BUILTIN_URI)));
    for (const file of files) {
        await documents.getOrCreateDocument(URI.file(file));
    }
    await shared.workspace.DocumentBuilder.build(documents.all.toArray(), { validation: false });
}

async function full(files: string[]): Promise<Record<string, number>> {
    // The policy of every generated package says asOf 2011-01-01; `today` only matters without one.
    const result = await validateFiles(files, { today: '2011-01-01' });
    const rules: Record<string, number> = {};
    for (const finding of result.findings) {
        rules[finding.rule] = (rules[finding.rule] ?? 0) + 1;
    }
    return rules;
}

function svcFiles(folder: string): string[] {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.svc'))
        .sort()
        .map(name => join(folder, name));
}

async function main(): Promise<void> {
    const [mode, folder] = process.argv.slice(2) as [Mode, string];
    const files = svcFiles(folder);
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    const cpu = process.cpuUsage();
    const rules = mode === 'full' ? await full(files) : (await baseline(files), undefined);
    const ms = performance.now() - start;
    const { user, system } = process.cpuUsage(cpu);
    const cpuMs = (user + system) / 1000;
    const peakMiB = process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
    process.stdout.write(`${JSON.stringify({ mode, ms, cpuMs, peakMiB, files: files.length, rules })}\n`);
}

main().catch(error => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(2);
});
