import fc from 'fast-check';

/**
 * Generators of .svc text for the fuzz tests: documents built from the grammar's shapes (so they
 * get past the parser and exercise linking and every rule), and mutations of the examples (so
 * the parser's recovery meets realistic damage).
 */

const KEYWORDS = [
    'accountable',
    'addresses',
    'affects',
    'after',
    'agreedBy',
    'alignment',
    'aligns',
    'asOf',
    'assessment',
    'assessors',
    'at',
    'before',
    'budget',
    'business',
    'change',
    'cloud',
    'commits',
    'context',
    'core',
    'critical',
    'date',
    'development',
    'dimension',
    'error',
    'expects',
    'external',
    'for',
    'forum',
    'gap',
    'governance',
    'group',
    'high',
    'import',
    'info',
    'internal',
    'it',
    'kind',
    'legislative',
    'low',
    'management',
    'manages',
    'market',
    'maxResponseDays',
    'measures',
    'medium',
    'metric',
    'mix',
    'nature',
    'need',
    'objective',
    'of',
    'off',
    'on',
    'organisational',
    'owner',
    'package',
    'people',
    'perspective',
    'policy',
    'priority',
    'product',
    'property',
    'provider',
    'raised',
    'raisedBy',
    'requires',
    'resources',
    'responded',
    'respondsTo',
    'risk',
    'role',
    'rule',
    'score',
    'service',
    'shortfall',
    'spec',
    'stakeholder',
    'supportedBy',
    'tbe',
    'technology',
    'tolerance',
    'version',
    'warning',
    'with'
];
const LEVELS = [
    'business-engineering',
    'business-process-engineering',
    'business-process-execution',
    'service-design',
    'development',
    'it-operations',
    'service-management'
];
const PROPERTIES = [
    'functionality',
    'performance',
    'support',
    'delivery',
    'infrastructure',
    'understanding',
    'relationship',
    'expectation',
    'skills',
    'strategy'
];
const RULE_IDS = ['need-uncovered', 'spec-missing', 'support-cycle', 'syntax', 'internal-error', 'too-many-diagnostics', 'no-such-rule'];
/** Characters that have broken parsers and editors before. */
const ODD = ['\u0000', '\uD800', '\uDC00', '\uFFFD', '\uFEFF', '\u2028', '\r', '\t', '😀', '\u0301', '"', '\\', '/*', '//', '{', '}', ',', '.', '%', '-'];

/** A small pool, so that declarations and references meet. */
const ident = fc.constantFrom('A', 'B', 'C', 'Need1', 'Svc', 'Core', 'x_1', 'Boss', 'CIO', 'p');
const name = fc.oneof({ weight: 4, arbitrary: ident }, { weight: 1, arbitrary: fc.constantFrom(...KEYWORDS) });
const qualified = fc.oneof(
    { weight: 3, arbitrary: name },
    { weight: 1, arbitrary: fc.array(name, { minLength: 2, maxLength: 3 }).map(parts => parts.join('.')) }
);
const names = fc.array(qualified, { minLength: 1, maxLength: 3 }).map(list => list.join(', '));
const number = fc.oneof(
    fc.integer({ min: -150, max: 150 }).map(String),
    fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
    fc.constantFrom('0', '100', '99999999999999999999999', '-0')
);
const date = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', 'with \\"quote\\"', 'ünïcödé', '😀')).map(s => `"${s.replace(/["\\\r\n]/g, '')}"`);
const title = fc.option(text, { nil: undefined }).map(t => (t === undefined ? '' : ` ${t}`));
const scores = fc
    .array(fc.tuple(fc.constantFrom(...PROPERTIES, 'p'), number), { maxLength: 3 })
    .map(entries => `{ ${entries.map(([p, n]) => `${p} ${n}`).join('  ')} }`);
const level = fc.constantFrom(...LEVELS);

function block(items: fc.Arbitrary<string>): fc.Arbitrary<string> {
    return fc.option(fc.array(items, { maxLength: 4 }), { nil: undefined }).map(list => (list === undefined ? '' : ` {\n  ${list.join('\n  ')}\n}`));
}

const stakeholder = fc
    .tuple(
        name,
        title,
        block(
            fc.oneof(
                fc.constantFrom('perspective business', 'perspective it'),
                text.map(t => `role ${t}`)
            )
        )
    )
    .map(([n, t, b]) => `stakeholder ${n}${t}${b}`);
const property = fc
    .tuple(
        name,
        title,
        block(
            fc.oneof(
                fc.constantFrom('group core', 'group management'),
                name.map(d => `dimension ${d}`)
            )
        )
    )
    .map(([n, t, b]) => `property ${n}${t}${b}`);
const need = fc
    .tuple(
        name,
        title,
        block(
            fc.oneof(
                names.map(r => `raisedBy ${r}`),
                date.map(d => `raised ${d}`),
                fc.constantFrom('priority low', 'priority critical', 'context internal'),
                text.map(t => `objective ${t}`),
                scores.map(s => `requires ${s}`),
                scores.map(s => `expects ${s}`)
            )
        )
    )
    .map(([n, t, b]) => `need ${n}${t}${b}`);
const gap = fc.tuple(name, qualified, title, block(scores.map(s => `shortfall ${s}`))).map(([n, q, t, b]) => `gap ${n} on ${q}${t}${b}`);
const change = fc
    .tuple(
        name,
        title,
        block(
            fc.oneof(
                fc.constantFrom('kind market', 'kind technology'),
                date.map(d => `date ${d}`),
                names.map(r => `affects ${r}`)
            )
        )
    )
    .map(([n, t, b]) => `change ${n}${t}${b}`);
const service = fc
    .tuple(
        name,
        title,
        level,
        block(
            fc.oneof(
                fc.constantFrom('nature product', 'nature service', 'nature mix 70% product', 'nature mix 170% product', 'provider cloud'),
                qualified.map(r => `owner ${r}`),
                names.map(r => `addresses ${r}`),
                names.map(r => `supportedBy ${r}`),
                names.map(r => `manages ${r}`)
            )
        )
    )
    .map(([n, t, l, b]) => `service ${n}${t} at ${l}${b}`);
const metric = fc
    .tuple(
        name,
        fc.oneof(
            number,
            number.map(n => `${n}%`),
            fc.constantFrom('4h', '2d', '30m', '1w')
        ),
        fc.option(qualified, { nil: undefined })
    )
    .map(([n, v, m]) => `metric ${n} ${v}${m === undefined ? '' : ` measures ${m}`}`);
const spec = fc
    .tuple(
        name,
        qualified,
        title,
        block(
            fc.oneof(
                text.map(t => `version ${t}`),
                names.map(r => `agreedBy ${r}`),
                scores.map(s => `commits ${s}`),
                metric
            )
        )
    )
    .map(([n, q, t, b]) => `spec ${n} for ${q}${t}${b}`);
const score = fc
    .tuple(
        fc.constantFrom(...PROPERTIES, 'p'),
        number,
        fc.option(text, { nil: undefined }),
        fc.option(fc.array(fc.tuple(name, number), { maxLength: 2 }), { nil: undefined })
    )
    .map(([p, n, r, d]) => `score ${p} ${n}${r === undefined ? '' : ` ${r}`}${d === undefined ? '' : ` { ${d.map(([x, v]) => `${x} ${v}`).join(' ')} }`}`);
const assessment = fc
    .tuple(
        name,
        qualified,
        title,
        block(
            fc.oneof(
                date.map(d => `date ${d}`),
                names.map(r => `assessors ${r}`),
                score
            )
        )
    )
    .map(([n, q, t, b]) => `assessment ${n} of ${q}${t}${b}`);
const alignment = fc
    .tuple(
        name,
        title,
        block(
            fc.oneof(
                names.map(r => `respondsTo ${r}`),
                fc.tuple(qualified, names).map(([n, s]) => `aligns ${n} with ${s}`),
                names.map(r => `governance { forum "Board"  accountable ${r} }`),
                fc.constantFrom('risk low', 'risk high "why"'),
                fc.tuple(number, fc.constantFrom('GBP', 'gbp', 'EURO')).map(([a, c]) => `resources { budget ${a} ${c}  people ${a} }`),
                date.map(d => `responded ${d}`),
                fc.tuple(number, number).map(([a, b]) => `tbe before ${a} after ${b}`)
            )
        )
    )
    .map(([n, t, b]) => `alignment ${n}${t}${b}`);
const policy = block(
    fc.oneof(
        number.map(n => `tolerance ${n}`),
        number.map(n => `maxResponseDays ${n}`),
        date.map(d => `asOf ${d}`),
        fc.tuple(fc.constantFrom(...RULE_IDS), fc.constantFrom('error', 'warning', 'info', 'off')).map(([r, s]) => `rule ${r} ${s}`)
    )
).map(b => `policy${b === '' ? ' { }' : b}`);
const ignore = fc.array(fc.constantFrom(...RULE_IDS), { minLength: 1, maxLength: 2 }).map(ids => `// svc-ignore ${ids.join(', ')}`);

const member = fc.oneof(
    stakeholder,
    property,
    name.map(n => `dimension ${n}`),
    need,
    gap,
    change,
    service,
    spec,
    assessment,
    alignment,
    policy,
    ignore
);
const junk = fc.oneof(fc.constantFrom(...ODD, ...KEYWORDS), fc.string({ maxLength: 4 }));

/** Tokens of the language in any order: what the parser's error recovery has to survive. */
const tokenSoup = fc
    .array(fc.oneof(name, number, date, text, level, fc.constantFrom('{', '}', ',', '.', '%', '4h', '70% product', '// c\n', '/* c */')), { maxLength: 60 })
    .chain(tokens =>
        fc
            .array(fc.constantFrom(' ', '\n', '  ', '\t'), { minLength: tokens.length, maxLength: tokens.length })
            .map(gaps => tokens.map((token, i) => token + gaps[i]).join(''))
    );

const structuredDocument: fc.Arbitrary<string> = fc
    .tuple(
        fc.option(qualified, { nil: undefined }),
        fc.array(qualified, { maxLength: 2 }),
        fc.array(fc.oneof({ weight: 9, arbitrary: member }, { weight: 1, arbitrary: junk }), { maxLength: 10 }),
        fc.constantFrom('\n', '\r\n', '\n\n', ' ')
    )
    .map(([pkg, imports, members, eol]) =>
        [...(pkg === undefined ? [] : [`package ${pkg}`]), ...imports.map(i => `import ${i}`), ...members]
            .join(eol)
            .replace(/\n/g, eol === '\r\n' ? '\r\n' : '\n')
    );

/** A document assembled from the grammar's shapes, with a sprinkling of junk and odd line ends; now and then token soup. */
export const grammarDocument: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: structuredDocument }, { weight: 1, arbitrary: tokenSoup });

type Mutation = { at: number; length: number; kind: 'delete' | 'duplicate' | 'insert' | 'truncate'; insert: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 0, max: 40 }),
    kind: fc.constantFrom('delete', 'duplicate', 'insert', 'insert', 'truncate'),
    insert: fc.oneof(junk, member)
});

function mutate(source: string, mutations: readonly Mutation[]): string {
    let result = source;
    for (const { at, length, kind, insert } of mutations) {
        const start = Math.floor(at * result.length);
        const end = Math.min(result.length, start + length);
        if (kind === 'delete') result = result.slice(0, start) + result.slice(end);
        else if (kind === 'duplicate') result = result.slice(0, end) + result.slice(start, end) + result.slice(end);
        else if (kind === 'insert') result = result.slice(0, start) + insert + result.slice(start);
        else result = result.slice(0, start);
    }
    return result;
}

/** One of the given texts (the examples) with one to five edits: deletions, duplications, insertions, truncation. */
export function mutatedDocument(sources: readonly string[]): fc.Arbitrary<string> {
    return fc.tuple(fc.constantFrom(...sources), fc.array(mutation, { minLength: 1, maxLength: 5 })).map(([source, mutations]) => mutate(source, mutations));
}

/** Pieces of file names that have broken writers before: URI syntax, shell and Markdown syntax, escapes, bidi overrides. */
const FILE_NAME_PIECES = [
    'a',
    'Z',
    '0',
    ' ',
    '%',
    '%41',
    '#',
    '?',
    '&',
    '=',
    '+',
    'é',
    '日本',
    '😀',
    '\u001b[2J',
    '\u001b]0;t\u0007',
    '\u202e',
    '\u009b',
    '[x]',
    '(1)',
    '`',
    '*',
    "'",
    '"',
    '<',
    '>',
    ';',
    '!',
    '~',
    '$',
    '\\',
    ':',
    ',',
    '-->',
    '..'
];

/** A file name of those pieces (never `/` or NUL), kept well under the 255 bytes a name may have. */
export const hostileFileName: fc.Arbitrary<string> = fc
    .array(fc.constantFrom(...FILE_NAME_PIECES), { minLength: 1, maxLength: 12 })
    .map(pieces => `${pieces.join('')}.svc`);

/** Pieces of titles that try to leave their label: a Mermaid directive or comment, markup, a line break, an escape. */
const TITLE_PIECES = [
    "%%{init: {'themeCSS': '.error{display:none}'}}%%",
    '%%{wrap}%%',
    '%% c',
    '\\"',
    '\\\\',
    '#quot;',
    '#35;',
    '<b>',
    '</svg>',
    ']',
    ')',
    '|',
    ';',
    '-->',
    'end',
    'click n0 call x()',
    '\u2028',
    '\u001b[2J',
    '\u202e',
    '`',
    '{',
    '}',
    'é',
    '日本',
    'x'
];

/** A legal name: a letter or `_`, then letters, digits and `_`, up to 300 in all. */
const longName = fc
    .tuple(fc.constantFrom('A', 'b', '_'), fc.integer({ min: 0, max: 299 }), fc.constantFrom('x', 'Y', '9', '_'))
    .map(([first, length, rest]) => first + rest.repeat(length));

/**
 * A workspace for the writers: services with long names and hostile titles, each with values
 * (a need requires, a spec commits), so that every view and chart is drawn, and every name and
 * title reaches every output.
 */
export const hostileWorkspace: fc.Arbitrary<string> = fc
    .tuple(
        fc.uniqueArray(longName, { minLength: 1, maxLength: 3 }),
        fc.array(
            fc.array(fc.constantFrom(...TITLE_PIECES), { maxLength: 8 }).map(pieces => pieces.join(' ')),
            { minLength: 4, maxLength: 4 }
        )
    )
    .map(([names, [needTitle, serviceTitle, specTitle, packageTitle]]) => {
        const services = names.map(
            (name, i) =>
                `service ${name} "${serviceTitle}" at development { addresses N }\nspec Spec${i} for ${name} "${specTitle}" { commits { functionality 20 } }`
        );
        return [`// ${packageTitle}`, 'package p', `need N "${needTitle}" { raised 2010-01-01  requires { functionality 80 } }`, ...services, ''].join('\n');
    });
