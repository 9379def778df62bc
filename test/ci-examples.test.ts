// The CI snippets of the README ("Use svc in your own repository") are the files in examples/ci.
// Each must parse, and every svc command in them must be one the CLI has, with options it takes:
// a renamed option fails here, not in a user's pipeline.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { REPO } from './support/paths.js';
import { runCli } from './support/run-cli.js';

const CI = join(REPO, 'examples/ci');
const FILES = ['action/action.yml', 'github-action-usage.yml', 'github-workflow.yml', 'gitlab-ci.yml', 'package.json', 'pre-commit'];

interface Step {
    uses?: string;
    run?: string;
    with?: Record<string, string | number>;
}
interface Workflow {
    jobs: Record<string, { steps: Step[] }>;
}
interface Action {
    inputs: Record<string, { description: string; default: string }>;
    runs: { using: string; steps: Step[] };
}
type GitLab = Record<string, { script: string[]; before_script?: string[] }>;

const text = (file: string) => readFileSync(join(CI, file), 'utf8');

function yaml<T>(file: string): T {
    const document = parseDocument(text(file), { prettyErrors: true });
    expect([...document.errors, ...document.warnings].map(String), file).toEqual([]);
    return document.toJS() as T;
}

/** The options and choices `svc <command> --help` lists. */
function help(command: string): { options: Set<string>; formats: string[] } {
    const run = runCli([command, '--help'], REPO);
    expect(run.status, run.stderr).toBe(0);
    const options = new Set([...run.stdout.matchAll(/^\s+(?:-\w, )?(--[a-z][a-z-]*)/gm)].map(match => match[1]!));
    const choices = /--format <format>[^(]*\(choices: ((?:"[^"]*",?\s*)+)/.exec(run.stdout)?.[1] ?? '';
    return { options, formats: [...choices.matchAll(/"([^"]*)"/g)].map(match => match[1]!) };
}

/** The commands `svc --help` lists. */
function commands(): string[] {
    const run = runCli(['--help'], REPO);
    return [...run.stdout.split('Commands:')[1]!.matchAll(/^ {2}([a-z]+) /gm)].map(match => match[1]!);
}

interface Invocation {
    command: string;
    options: string[];
    formats: string[];
}

/**
 * The svc invocations of one shell script, each with the options it passes. Options the script
 * collects on lines of their own (an `args` array) belong to its one svc invocation.
 */
function invocations(script: string): Invocation[] {
    const found: Invocation[] = [];
    const loose: string[] = [];
    for (const piece of script.split(/\n|&&|\|\||;/)) {
        const code = piece.replace(/(^|\s)#.*$/, '');
        const call = /(?:^|\s)svc ([a-z]+)\b(.*)$/.exec(code);
        if (call) found.push({ command: call[1]!, options: optionsIn(call[2]!), formats: formatsIn(call[2]!) });
        else loose.push(code);
    }
    const extra = loose.join('\n');
    if (found.length > 0 && optionsIn(extra).length > 0) {
        expect(found, `options on lines of their own, but more than one svc call in: ${script}`).toHaveLength(1);
        found[0]!.options.push(...optionsIn(extra));
        found[0]!.formats.push(...formatsIn(extra));
    }
    return found;
}

const optionsIn = (code: string) => [...code.matchAll(/(?:^|[\s(])(--[a-z][a-z-]*)/g)].map(match => match[1]!);
/** Literal `--format` values; one from a variable is checked where the variable is set. */
const formatsIn = (code: string) => [...code.matchAll(/--format "?([a-z]+)/g)].map(match => match[1]!);

/** Every shell script of the examples, by file. */
function scripts(): Array<[string, string]> {
    const steps = (file: string, list: Step[]) => list.flatMap(step => (step.run === undefined ? [] : [[file, step.run] as [string, string]]));
    const workflows = ['github-workflow.yml', 'github-action-usage.yml'].flatMap(file =>
        Object.values(yaml<Workflow>(file).jobs).flatMap(job => steps(file, job.steps))
    );
    const gitlab = Object.values(yaml<GitLab>('gitlab-ci.yml')).flatMap(job =>
        [...(job.before_script ?? []), ...job.script].map(line => ['gitlab-ci.yml', line] as [string, string])
    );
    const npmScripts = Object.values((JSON.parse(text('package.json')) as { scripts: Record<string, string> }).scripts);
    return [
        ...workflows,
        ...steps('action/action.yml', yaml<Action>('action/action.yml').runs.steps),
        ...gitlab,
        ...npmScripts.map(script => ['package.json', script] as [string, string]),
        ['pre-commit', text('pre-commit')]
    ];
}

describe('examples/ci', () => {
    it('holds exactly the snippets the README shows, and the README names each', () => {
        const listed = readdirSync(CI, { recursive: true, withFileTypes: true })
            .filter(entry => entry.isFile())
            .map(entry =>
                join(entry.parentPath, entry.name)
                    .slice(CI.length + 1)
                    .split('\\')
                    .join('/')
            );
        expect(listed.sort()).toEqual(FILES);
        const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
        for (const file of FILES) expect(readme, file).toContain(`examples/ci/${file}`);
    });

    it('every YAML file parses without errors or warnings', () => {
        for (const file of FILES.filter(name => name.endsWith('.yml'))) yaml(file);
    });

    it('names only svc commands and options the CLI has', () => {
        const known = commands();
        const all = scripts().flatMap(([file, script]) => invocations(script).map(call => ({ file, ...call })));
        // The other two call svc through the action and through an npm script (tested below).
        expect(new Set(all.map(call => call.file))).toEqual(new Set(['action/action.yml', 'github-workflow.yml', 'gitlab-ci.yml', 'package.json']));
        for (const call of all) {
            expect(known, `${call.file}: svc ${call.command}`).toContain(call.command);
            const { options, formats } = help(call.command);
            for (const option of call.options) expect([...options], `${call.file}: svc ${call.command} ${option}`).toContain(option);
            for (const format of call.formats) expect(formats, `${call.file}: --format ${format}`).toContain(format);
        }
    });

    it('the workflow uploads the SARIF file it writes, and annotates with --format github', () => {
        const steps = Object.values(yaml<Workflow>('github-workflow.yml').jobs).flatMap(job => job.steps);
        const runs = steps.flatMap(step => (step.run === undefined ? [] : [step.run]));
        const output = /svc validate --format sarif --output (\S+)/.exec(runs.join('\n'))?.[1];
        expect(steps.find(step => step.uses?.startsWith('github/codeql-action/upload-sarif@'))?.with?.['sarif_file']).toBe(output);
        expect(runs).toContain('svc validate --format github');
    });

    it('the composite action takes paths, format and max-warnings, and its uses point at it', () => {
        const action = yaml<Action>('action/action.yml');
        expect(action.runs.using).toBe('composite');
        expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'format', 'max-warnings']));
        const formats = help('validate').formats;
        expect(formats).toContain(action.inputs['format']!.default);
        const uses = Object.values(yaml<Workflow>('github-action-usage.yml').jobs)
            .flatMap(job => job.steps)
            .filter(step => step.uses?.includes('/examples/ci/'));
        expect(uses.length).toBeGreaterThan(0);
        for (const step of uses) {
            const folder = /^[^/]+\/[^/]+\/([^@]+)@/.exec(step.uses!)?.[1];
            expect(existsSync(join(REPO, folder!, 'action.yml')), step.uses).toBe(true);
            for (const [input, value] of Object.entries(step.with ?? {})) {
                expect(Object.keys(action.inputs), step.uses).toContain(input);
                if (input === 'format') expect(formats).toContain(value);
            }
        }
    });

    it('the pre-commit hook runs an npm script the package.json example defines', () => {
        const script = /npm run (?:--silent )?(\S+)/.exec(text('pre-commit'))?.[1];
        expect(Object.keys((JSON.parse(text('package.json')) as { scripts: Record<string, string> }).scripts)).toContain(script);
    });
});
