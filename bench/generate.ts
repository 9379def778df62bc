/**
 * Generates realistic, valid svc workspaces for the benchmarks, deterministically from a seed.
 *
 * The workspace is a stream of "units" — one business need and everything around it: a gap, a
 * change now and then, three or four services on different stack levels chained downward by
 * `supportedBy`, a management service managing them, a spec, an assessment and an alignment —
 * poured file by file into packages. Every reference points backwards in the stream, so when a
 * declaration is written its targets are already placed and we know whether the simple name
 * resolves (same package, or the imported neighbour) or the qualified name is needed.
 *
 * A few defects are planted on purpose (about 3 % of units) so that the rules and the policy
 * do real work; nothing produces `syntax` or `unresolved-reference`, and the runner checks that.
 */

export interface GenerateOptions {
    /** Top-level declarations to write (exactly this many). */
    declarations: number;
    files: number;
    seed: number;
}

/** Where the keystroke benchmark edits: adding `editText` after `editLine` of `editFile` covers `need` in `needFile`. */
export interface Probe {
    needFile: string;
    /** Qualified name of a need nothing else covers: the workspace's one `need-uncovered`. */
    need: string;
    editFile: string;
    /** Zero-based line after which `editText` is inserted. */
    editLine: number;
    editText: string;
}

export interface GeneratedWorkspace {
    /** Relative path (with `/`) → file text, in workspace order. */
    files: Map<string, string>;
    declarations: number;
    byKind: Record<string, number>;
    probe: Probe;
}

/** mulberry32: tiny, fast and good enough to vary names, numbers and shapes reproducibly. */
export function mulberry32(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const DOMAINS = ['bids', 'claims', 'billing', 'payroll', 'logistics', 'procurement', 'estates', 'treasury', 'sales', 'care', 'risk', 'hr'];
const CAPABILITIES = [
    'CostEstimating',
    'BidPricing',
    'InvoiceMatching',
    'ClaimsTriage',
    'PayrollRun',
    'StockForecast',
    'SupplierOnboarding',
    'CashPosition',
    'LeadScoring',
    'CaseHandling',
    'RiskReporting',
    'LeaveBooking',
    'RoutePlanning',
    'ContractReview',
    'AssetTracking'
];
const SYSTEMS = ['Estimating', 'Pricing', 'Ledger', 'Portal', 'Workflow', 'Reporting', 'Scheduling', 'Catalogue', 'Gateway', 'Archive'];
const PRIORITIES = ['low', 'medium', 'high', 'critical'];
const CHANGE_KINDS = ['market', 'legislative', 'technology', 'organisational'];
const PROVIDERS = ['internal', 'external', 'cloud'];
const MAX_UNIT = 12; // the most declarations one unit can have

// Stack levels of a unit's services, top first; every chain ends in the core IT levels.
const CHAINS = [
    ['business-process-execution', 'development', 'it-operations'],
    ['business-process-engineering', 'service-design', 'development', 'it-operations'],
    ['business-engineering', 'business-process-execution', 'development', 'it-operations']
];

interface Placed {
    name: string;
    pkg: string;
}

/** A declaration waiting to be written; `render` runs once its file (and so its package) is known. */
interface Pending {
    kind: string;
    render(ctx: FileContext): string;
}

interface FileContext {
    pkg: string;
    imported: Set<string>;
    stakeholders: { business: string; it: string };
}

export function generateWorkspace(options: GenerateOptions): GeneratedWorkspace {
    const { declarations: total, files: fileCount, seed } = options;
    if (total < 50 || fileCount < 1 || fileCount > total) {
        throw new Error(`cannot generate ${total} declarations in ${fileCount} files`);
    }
    const random = mulberry32(seed);
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const chance = (p: number) => random() < p;

    // About 125 declarations per package: a domain spread over several files.
    const packageCount = Math.min(fileCount, Math.max(2, Math.round(total / 125)));
    const packageOf = (file: number) => Math.floor((file * packageCount) / fileCount);
    const packageName = (p: number) => `acme.${DOMAINS[p % DOMAINS.length]}${p}`;
    const placed = new Map<string, Placed>();
    const byKind: Record<string, number> = {};

    // A reference as an architect would write it: simple where it resolves, sometimes qualified anyway.
    const ref = (ctx: FileContext, id: string) => {
        const target = placed.get(id)!;
        const visible = target.pkg === ctx.pkg || ctx.imported.has(target.pkg);
        return visible && !chance(0.1) ? target.name : `${target.pkg}.${target.name}`;
    };
    const place = (id: string, name: string, ctx: FileContext) => placed.set(id, { name, pkg: ctx.pkg });
    const who = (ctx: FileContext) => (chance(0.1) ? `${ctx.pkg}.${ctx.stakeholders.business}` : ctx.stakeholders.business);
    const day = (offset: number) => new Date(Date.UTC(2010, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

    const queue: Pending[] = [];
    let unit = 0;
    let padding = 0;

    function enqueueUnit(): void {
        const u = unit++;
        const cap = `${CAPABILITIES[u % CAPABILITIES.length]}${u}`;
        const system = pick(SYSTEMS);
        const sys = `${system}${u}`;
        const chain = CHAINS[u % CHAINS.length]!;
        const raised = int(0, 240);
        const responded = raised + int(20, 60);
        const hasChange = u % 3 === 0;
        const previousNeed = u > 0 ? `need:${u - 1}` : undefined;
        const previousOps = u > 0 ? `svc:${u - 1}:it-operations` : undefined;
        const weakPerformance = chance(0.03); // experience-below-spec + quality-unaddressed
        const unmeasured = chance(0.03); // alignment-unmeasured (info), half of them svc-ignored
        const requires = { functionality: int(60, 80), performance: int(60, 80) };
        const expects = { functionality: int(60, 80), performance: int(60, 80) };
        const commits = {
            functionality: Math.max(requires.functionality, expects.functionality) + int(0, 5),
            performance: Math.max(requires.performance, expects.performance) + int(0, 5)
        };
        const serviceIds = chain.map(level => `svc:${u}:${level}`);
        const serviceNames = chain.map((level, i) => (i === 0 ? `${sys}Service` : `${sys}${levelWord(level)}`));
        const serviceTitles = chain.map((level, i) => `${system} ${i === 0 ? 'service' : levelWord(level).toLowerCase()} for ${words(cap).toLowerCase()}`);

        queue.push({
            kind: 'need',
            render: ctx => {
                place(`need:${u}`, cap, ctx);
                return (
                    `// ${cap}: raised by the business in ${day(raised).slice(0, 7)}\n` +
                    `need ${cap} "${words(cap)}" {\n  raisedBy ${who(ctx)}\n  raised ${day(raised)}\n  priority ${pick(PRIORITIES)}\n` +
                    `  objective "Deliver ${words(cap).toLowerCase()} the business can rely on"\n  context ${chance(0.5) ? 'internal' : 'external'}\n` +
                    `  requires { functionality ${requires.functionality}  performance ${requires.performance} }\n` +
                    `  expects  { functionality ${expects.functionality}  performance ${expects.performance} }\n}\n`
                );
            }
        });
        queue.push({
            kind: 'gap',
            render: ctx => {
                place(`gap:${u}`, `${cap}Gap`, ctx);
                return (
                    `gap ${cap}Gap on ${ref(ctx, `need:${u}`)} "Today's systems fall short on ${words(cap).toLowerCase()}" {\n` +
                    `  shortfall { functionality ${int(10, 40)} }\n}\n`
                );
            }
        });
        if (hasChange) {
            queue.push({
                kind: 'change',
                render: ctx => {
                    place(`change:${u}`, `${cap}Change`, ctx);
                    const affects = [ref(ctx, `need:${u}`), ...(previousNeed && chance(0.5) ? [ref(ctx, previousNeed)] : [])];
                    return (
                        `change ${cap}Change "External change behind ${words(cap).toLowerCase()}" {\n  kind ${pick(CHANGE_KINDS)}\n` +
                        `  date ${day(raised - 5)}\n  affects ${affects.join(', ')}\n}\n`
                    );
                }
            });
        }
        // Bottom-up, so that supportedBy always points at a service already written.
        for (let i = chain.length - 1; i >= 0; i--) {
            const level = chain[i]!;
            queue.push({
                kind: 'service',
                render: ctx => {
                    place(serviceIds[i]!, serviceNames[i]!, ctx);
                    const support = i + 1 < chain.length ? [ref(ctx, serviceIds[i + 1]!)] : [];
                    if (i === 0 && previousOps && chance(0.3)) support.push(ref(ctx, previousOps)); // shared platform
                    const lines = [
                        `  nature ${pick(['service', 'product', `mix ${int(10, 90)}% product`])}`,
                        `  provider ${pick(PROVIDERS)}`,
                        `  owner ${i === 0 ? who(ctx) : ctx.stakeholders.it}`,
                        ...(i === 0 ? [`  addresses ${ref(ctx, `need:${u}`)}`] : []),
                        ...(support.length ? [`  supportedBy ${support.join(', ')}`] : [])
                    ];
                    return `service ${serviceNames[i]} "${serviceTitles[i]}" at ${level} {\n${lines.join('\n')}\n}\n`;
                }
            });
        }
        queue.push({
            kind: 'service',
            render: ctx => {
                place(`mgmt:${u}`, `${sys}Management`, ctx);
                return (
                    `service ${sys}Management "Service management for ${system.toLowerCase()}" at service-management {\n  nature service\n  provider internal\n` +
                    `  owner ${ctx.stakeholders.it}\n  manages ${serviceIds.map(id => ref(ctx, id)).join(', ')}\n}\n`
                );
            }
        });
        queue.push({
            kind: 'spec',
            render: ctx => {
                place(`spec:${u}`, `${sys}Sla`, ctx);
                return (
                    `spec ${sys}Sla for ${ref(ctx, serviceIds[0]!)} "${system} service level agreement" {\n  version "1.${int(0, 9)}"\n` +
                    `  agreedBy ${who(ctx)}, ${ctx.stakeholders.it}\n` +
                    `  commits { functionality ${commits.functionality}  performance ${commits.performance} }\n` +
                    `  metric availability ${pick(['99.5%', '99.9%', '98%'])} measures performance\n` +
                    `  metric timeToRespond ${int(1, 8)}h measures support\n  metric releases ${int(2, 12)} measures delivery\n}\n`
                );
            }
        });
        queue.push({
            kind: 'assessment',
            render: ctx => {
                place(`assessment:${u}`, `${sys}Review`, ctx);
                const performance = weakPerformance ? commits.performance - 25 : Math.min(100, commits.performance + int(-5, 5));
                return (
                    `assessment ${sys}Review of ${ref(ctx, serviceIds[0]!)} "Year-end review of ${system.toLowerCase()}" {\n  date ${day(Math.min(364, responded + int(30, 120)))}\n` +
                    `  assessors ${who(ctx)}, ${ctx.stakeholders.it}\n` +
                    `  score functionality ${Math.min(100, commits.functionality + int(-5, 5))} { leadership ${int(50, 90)}  budget ${int(50, 90)} }\n` +
                    `  score performance ${performance}\n  score understanding ${int(55, 90)} "Business consulted on priorities"\n` +
                    `  score relationship ${int(55, 90)}\n}\n`
                );
            }
        });
        queue.push({
            kind: 'alignment',
            render: ctx => {
                const responds = [ref(ctx, `gap:${u}`), ...(hasChange ? [ref(ctx, `change:${u}`)] : [])];
                const head = unmeasured && u % 2 === 0 ? '// svc-ignore alignment-unmeasured\n' : '';
                return (
                    `${head}alignment ${sys}Alignment "Bring ${system.toLowerCase()} in line with ${words(cap).toLowerCase()}" {\n  respondsTo ${responds.join(', ')}\n` +
                    `  aligns ${ref(ctx, `need:${u}`)} with ${ref(ctx, serviceIds[0]!)}\n` +
                    `  governance { forum "${system} board"  accountable ${who(ctx)}, ${ctx.stakeholders.it} }\n` +
                    `  risk ${pick(['low', 'medium', 'high'])} "Disruption while ${system.toLowerCase()} changes"\n` +
                    `  resources { budget ${int(1, 30) * 5000} GBP  people ${int(1, 6)} }\n  responded ${day(responded)}\n` +
                    (unmeasured ? '' : `  tbe before ${int(30, 50)} after ${int(50, 75)}\n`) +
                    '}\n'
                );
            }
        });
    }

    const needFileIndex = Math.floor(fileCount / 2);
    const probeNeed = 'BenchOrphan';
    let probeNeedPkg = '';
    const texts: string[] = [];
    const paths: string[] = [];
    let written = 0;
    let packagesStarted = 0;
    // Declarations still owed to package headers (2 stakeholders + policy) and the probe need.
    const reserved = () => 3 * (packageCount - packagesStarted) + (probeNeedPkg ? 0 : 1);

    for (let f = 0; f < fileCount; f++) {
        const p = packageOf(f);
        const pkg = packageName(p);
        const firstOfPackage = f === 0 || packageOf(f - 1) !== p;
        const imports = p > 0 ? [packageName(p - 1)] : [];
        const ctx: FileContext = { pkg, imported: new Set(imports), stakeholders: { business: `BusinessLead${p}`, it: `ItLead${p}` } };
        const parts = [`package ${pkg}\n${imports.map(i => `import ${i}\n`).join('')}`];
        const emit = (kind: string, text: string) => {
            parts.push(text);
            byKind[kind] = (byKind[kind] ?? 0) + 1;
            written++;
        };
        if (firstOfPackage) {
            packagesStarted++;
            emit(
                'stakeholder',
                `stakeholder BusinessLead${p} "Head of ${DOMAINS[p % DOMAINS.length]}" {\n  perspective business\n  role "Owns the ${DOMAINS[p % DOMAINS.length]} needs"\n}\n`
            );
            emit('stakeholder', `stakeholder ItLead${p} "IT lead for ${DOMAINS[p % DOMAINS.length]}" {\n  perspective it\n}\n`);
            emit('policy', `policy {\n  tolerance 10\n  maxResponseDays 90\n  asOf 2011-01-01\n}\n`);
        }
        if (f === needFileIndex) {
            probeNeedPkg = pkg;
            emit(
                'need',
                `// Nobody answers this need yet: the keystroke benchmark covers it from another file.\n` +
                    `need ${probeNeed} "A need nothing covers" {\n  raisedBy ${ctx.stakeholders.business}\n  priority medium\n}\n`
            );
        }
        // Fill up to this file's share; the last file also finishes the last unit.
        const target = Math.floor(((f + 1) * total) / fileCount);
        while (written < target || (f === fileCount - 1 && (queue.length > 0 || written < total))) {
            if (queue.length === 0) {
                if (total - written - reserved() >= MAX_UNIT) {
                    enqueueUnit();
                } else {
                    // The last few declarations: stakeholders, so that the count comes out exact.
                    emit('stakeholder', `stakeholder Liaison${padding++} "Liaison" {\n  perspective ${padding % 2 ? 'business' : 'it'}\n}\n`);
                    continue;
                }
            }
            const next = queue.shift()!;
            emit(next.kind, next.render(ctx));
        }
        paths.push(`${pkg.replace('acme.', '')}/${pkg.replace('acme.', '')}-${String(f).padStart(4, '0')}.svc`);
        texts.push(parts.join('\n'));
    }

    const files = new Map(paths.map((path, i) => [path, texts[i]!]));
    const probe = findProbe(paths, texts, needFileIndex, `${probeNeedPkg}.${probeNeed}`);
    return { files, declarations: written, byKind, probe };
}

/** The edit: a line after some `addresses` (a service with a spec, so covering one more need adds no other finding), in another package. */
function findProbe(paths: string[], texts: string[], needFile: number, need: string): Probe {
    const needPkg = texts[needFile]!.split('\n', 1)[0];
    for (let step = 0; step < paths.length; step++) {
        const f = (needFile + Math.floor(paths.length / 4) + step) % paths.length;
        if (texts[f]!.split('\n', 1)[0] === needPkg) continue;
        const lines = texts[f]!.split('\n');
        const at = lines.findIndex(line => line.startsWith('  addresses '));
        if (at >= 0) {
            return { needFile: paths[needFile]!, need, editFile: paths[f]!, editLine: at, editText: `  addresses ${need}` };
        }
    }
    throw new Error('no file to edit for the keystroke probe');
}

function levelWord(level: string): string {
    return { 'business-process-execution': 'Execution', 'service-design': 'Design', development: 'Interface', 'it-operations': 'Hosting' }[level] ?? 'Process';
}

/** `CostEstimating12` → `Cost estimating`. */
function words(name: string): string {
    const spaced = name
        .replace(/\d+$/, '')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase();
    return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * One dense file of `megabytes` MB shaped like the examples (titles, objectives, comments, every
 * kind), for the 5 MB single-file target; test/reliability/big-input.test.ts validates the same.
 */
export function denseFile(megabytes: number): string {
    const parts = [
        'package large\n\nstakeholder Biz "Business owner" { perspective business  role "Owns the processes" }\nstakeholder Tech "Head of IT" { perspective it }\n'
    ];
    let size = parts[0]!.length;
    for (let i = 0; size < megabytes * 1024 * 1024; i++) {
        const unit = `
// Unit ${i}: a need, the services that answer it, what they commit to and how it is experienced.
need N${i} "Estimate the cost of work package ${i} with real sophistication" {
  raisedBy Biz
  raised 2010-01-01
  priority high
  objective "Price fixed-price bids from a proper cost model instead of spreadsheets"
  requires { functionality 80  performance 70 }
  expects { functionality 75 }
}
service S${i} "Estimating service ${i}" at business-process-execution { addresses N${i}  supportedBy C${i} }
service C${i} "Hosting for estimating ${i}" at it-operations
spec P${i} for S${i} "Agreement for estimating ${i}" {
  agreedBy Biz
  commits { functionality 80  performance 60 }
  metric uptime 99.5% measures performance
}
assessment A${i} of S${i} "January review of estimating ${i}" {
  date 2010-01-20
  assessors Biz, Tech
  score functionality 70 "Estimates now built from a priced bill of quantities"
  score performance 65
}
alignment L${i} "Bring estimating ${i} in line" {
  respondsTo A${i}
  aligns N${i} with S${i}
  governance { forum "Bid board"  accountable Biz, Tech }
  risk low "Estimators may resist the new method"
  resources { budget 1000 GBP  people 2 }
  responded 2010-02-01
}
`;
        parts.push(unit);
        size += unit.length;
    }
    return parts.join('');
}
