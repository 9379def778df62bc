import { describe, expect, it } from 'vitest';
import { expectFoldings } from 'langium/test';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { buildWorkspace } from './helpers.js';

// Langium's default provider is used as is: it folds every node of three lines or more, up to
// the line before its closing brace, and every block comment; this pins that behaviour down.
const TEXT = `/*
 * Bids
 */
need CostEstimating {
  raised 2010-02-01
  requires {
    functionality 80
    performance 70
  }
}
service Short at development { addresses CostEstimating }
// one line comment
service Hosting at it-operations {
  nature service
}
`;

describe('folding ranges', () => {
    it('folds block comments and multi-line bodies, nested ones too, but not one- or two-line elements', async () => {
        const { Svc } = await buildWorkspace({});
        await expectFoldings(Svc)({
            text: TEXT,
            assert: (foldings: FoldingRange[]) => {
                expect(foldings.map(f => [f.startLine, f.endLine, f.kind])).toEqual([
                    [0, 1, FoldingRangeKind.Comment],
                    [3, 8, undefined],
                    [5, 7, undefined],
                    [12, 13, undefined]
                ]);
            }
        });
    });
});
