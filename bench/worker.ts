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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

/**
 * SVC_LANGUAGE_DIR (bench --against) points at another checkout's packages/language: its build,
 * and the Langium it resolves, are measured instead of this checkout's.
 */
const languageDir = process.env['SVC_LANGUAGE_DIR'];
const load = (specifier: string) => import(languageDir ? pathToFileURL(resolveFrom(languageDir, specifier)).href : specifier);

/** Node's resolution of an ESM-only package (`import` condition) as seen from `dir`, which Node 20 cannot ask for. */
function resolveFrom(dir: string, specifier: string): string {
    const parts = specifier.split('/');
    const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
    const subpath = ['.', ...parts.slice(name.split('/').length)].join('/');
    for (let at = resolve(dir); ; at = dirname(at)) {
        const candidate = join(at, 'node_modules', name);
        if (existsSync(join(candidate, 'package.json'))) {
            const manifest = JSON.parse(readFileSync(join(candidate, 'package.json'), 'utf8')) as { exports?: Record<string, unknown>; main?: string };
            const entry = manifest.exports?.[subpath] as string | { import?: string; default?: string } | undefined;
            const target = typeof entry === 'string' ? entry : (entry?.import ?? entry?.default ?? manifest.main);
            if (target === undefined) throw new Error(`cannot resolve ${specifier} from ${dir}`);
            return join(candidate, target);
        }
        if (dirname(at) === at) throw new Error(`cannot find ${name} from ${dir}`);
    }
}
const { URI } = (await load('langium')) as typeof import('langium');
const { NodeFileSystem } = (await load('langium/node')) as typeof import('langium/node');
const language = (await load('@svc-lang/language')) as typeof import('@svc-lang/language') & {
    createSvcServices?: typeof import('@svc-lang/language').createSvcCoreServices;
};
const { BUILTIN_SOURCE, BUILTIN_URI, validateFiles } = language;
// The CLI's services; an --against checkout older than createSvcCoreServices exports only createSvcServices.
const createServices = language.createSvcCoreServices ?? language.createSvcServices!;

type Mode = 'baseline' | 'full';

async function baseline(files: string[]): Promise<void> {
    const { shared } = createServices(NodeFileSystem);
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
