import { beforeAll, describe, expect, it } from 'vitest';
import { AllSemanticTokenModifiers } from 'langium/lsp';
import { expectSemanticToken, highlightHelper, type DecodedSemanticTokensWithRanges } from 'langium/test';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { buildWorkspace } from './helpers.js';

const MODEL = 'stakeholder Boss { perspective business }\nneed budget\nservice Hosting at it-operations\n';

/** Ranges are marked `<|…|>`, in order; each test names the token type it expects for each. */
const TEXT = `package acme
import other
stakeholder <|Architect|> { perspective it }
need <|Estimating|> { raisedBy <|Boss|>  requires { <|functionality|> 80 } }
service <|Estimator|> at <|business-process-execution|> {
  addresses <|budget|>, <|Estimating|>
  supportedBy <|Hosting|>
}
property <|resilience|> { group core }
change <|Move|> { affects <|budget|> }
assessment <|Review|> of <|Estimator|> { score <|performance|> 40 { <|leadership|> 30 } }
`;

async function highlight(): Promise<DecodedSemanticTokensWithRanges> {
    const { Svc } = await buildWorkspace({ 'model.svc': MODEL, 'other.svc': 'package other' });
    return highlightHelper(Svc)(TEXT);
}

function modifiersAt(tokens: DecodedSemanticTokensWithRanges, rangeIndex: number): string[] {
    const [start] = tokens.ranges[rangeIndex]!;
    const token = tokens.tokens.find(t => t.offset === start);
    return Object.entries(AllSemanticTokenModifiers)
        .filter(([, bit]) => ((token?.tokenModifiers ?? 0) & bit) !== 0)
        .map(([name]) => name);
}

describe('semantic tokens', () => {
    let tokens: DecodedSemanticTokensWithRanges;
    beforeAll(async () => {
        tokens = await highlight();
    });

    const expected: Array<[number, SemanticTokenTypes, string]> = [
        [0, SemanticTokenTypes.variable, 'stakeholder declared'],
        [1, SemanticTokenTypes.interface, 'need declared'],
        [2, SemanticTokenTypes.variable, 'stakeholder referenced'],
        [3, SemanticTokenTypes.property, 'built-in property referenced'],
        [4, SemanticTokenTypes.class, 'service declared'],
        [5, SemanticTokenTypes.enumMember, 'stack level'],
        [6, SemanticTokenTypes.interface, 'need named by a keyword, referenced'],
        [7, SemanticTokenTypes.interface, 'need referenced'],
        [8, SemanticTokenTypes.class, 'service referenced'],
        [9, SemanticTokenTypes.property, 'property declared'],
        [10, SemanticTokenTypes.event, 'change declared'],
        [11, SemanticTokenTypes.interface, 'need referenced by affects'],
        [12, SemanticTokenTypes.type, 'other declaration (assessment)'],
        [13, SemanticTokenTypes.class, 'service referenced by of'],
        [14, SemanticTokenTypes.property, 'property scored'],
        [15, SemanticTokenTypes.type, 'dimension referenced']
    ];

    it.each(expected)('range %i is a %s token (%s)', (rangeIndex, tokenType) => {
        expectSemanticToken(tokens, { rangeIndex, tokenType });
    });

    it('marks names being declared, and only those, with the declaration modifier', () => {
        expect(modifiersAt(tokens, 0)).toEqual([SemanticTokenModifiers.declaration]);
        expect(modifiersAt(tokens, 4)).toEqual([SemanticTokenModifiers.declaration]);
        expect(modifiersAt(tokens, 8)).toEqual([]);
    });

    it('marks names from the built-in catalogue as the default library', () => {
        expect(modifiersAt(tokens, 3)).toEqual([SemanticTokenModifiers.defaultLibrary]);
        expect(modifiersAt(tokens, 15)).toEqual([SemanticTokenModifiers.defaultLibrary]);
    });

    it('colours packages as namespaces', () => {
        expect(tokens.tokens.filter(t => t.tokenType === SemanticTokenTypes.namespace).map(t => t.text)).toEqual(['acme', 'other']);
    });
});
