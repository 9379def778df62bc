import { describe, expect, it } from 'vitest';
import { SHOW_INDICATOR_COMMAND } from '../src/lsp/svc-execute-command.js';
import { buildWorkspace } from './helpers.js';

const NEEDS = `package acme
need CostEstimating
need Forgotten
need Shared
`;
const SERVICES = `package acme
service Estimator at business-process-execution { addresses CostEstimating, Shared }
service Hosting at it-operations
service Pricing at business-process-execution { addresses Shared }
assessment Early of Estimator { date 2010-03-01  score functionality 50  score understanding 50 }
assessment Late of Estimator { date 2010-09-30  score functionality 80  score understanding 50 }
assessment Undated of Pricing { score functionality 90  score understanding 90 }
assessment CoreOnly of Pricing { date 2010-01-01  score functionality 90 }
alignment Realign { aligns CostEstimating with Hosting }
stakeholder Cio { perspective it }
assessment ItView of Estimator { date 2010-10-01  assessors Cio  score functionality 90  score understanding 70 }
`;

async function lensTitles(file: string): Promise<Array<[number, string | undefined]>> {
    const { Svc, documents } = await buildWorkspace({ 'needs.svc': NEEDS, 'services.svc': SERVICES });
    const document = documents[file]!;
    const lenses = (await Svc.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } })) ?? [];
    return lenses.filter(lens => lens.command?.command !== 'svc.openPreview').map(lens => [lens.range.start.line, lens.command?.title]);
}

describe('code lens', () => {
    it('shows above each need how many services cover it and the latest TBE among them', async () => {
        expect(await lensTitles('needs.svc')).toEqual([
            [1, 'covered by 2 services · TBE 40 (Late)'],
            [2, 'not covered'],
            // Undated counts as older than any dated assessment; CoreOnly has no TBE.
            [3, 'covered by 2 services · TBE 40 (Late)']
        ]);
    });

    it('shows above each service how many needs it serves, its business TBE, and the perception gap when IT scored it too', async () => {
        expect(await lensTitles('services.svc')).toEqual([
            // IT's own, later assessment is not the business TBE; it gives IT TBE 63, 23 above it.
            [1, 'serves 2 needs · TBE 40 (Late) · PG +23'],
            [2, 'serves 1 need'],
            [3, 'serves 1 need · TBE 81 (Undated)']
        ]);
    });

    it('counts the services a platform supports and the needs they serve through chains of supportedBy, and shows no lens that only says zero', async () => {
        const platform = `package acme
need A
need B
need C
service Front at business-process-execution { addresses A, B  supportedBy Middle }
service Other at business-process-execution { addresses B, C  supportedBy Middle }
service Middle at application-development { supportedBy Base }
service Base at it-operations { supportedBy Middle }
service Idle at it-operations
`;
        const { Svc, documents } = await buildWorkspace({ 'platform.svc': platform });
        const document = documents['platform.svc']!;
        const lenses = (await Svc.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } })) ?? [];
        const services = lenses.filter(lens => lens.range.start.line >= 4).map(lens => [lens.range.start.line, lens.command?.title]);
        expect(services).toEqual([
            [4, 'serves 2 needs'],
            [5, 'serves 2 needs'],
            // Base and Middle support each other: the cycle counts each service once, never the service itself.
            [6, 'supports 3 services · serves 3 needs'],
            [7, 'supports 3 services · serves 3 needs']
        ]);
    });

    it("gives every indicator lens the server's command that shows it, which the server offers; no preview lens for a client without the command", async () => {
        const { Svc, shared, documents } = await buildWorkspace({ 'needs.svc': NEEDS });
        const document = documents['needs.svc']!;
        const lenses = (await Svc.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } })) ?? [];
        expect(lenses.map(lens => lens.command?.command)).toEqual([SHOW_INDICATOR_COMMAND, SHOW_INDICATOR_COMMAND, SHOW_INDICATOR_COMMAND]);
        expect(lenses[1]!.command?.arguments).toEqual(['Forgotten: not covered']);
        expect(shared.lsp.ExecuteCommandHandler?.commands).toEqual([SHOW_INDICATOR_COMMAND]);
    });

    it('offers the alignment preview above the first declaration only, to a client that runs the command', async () => {
        const { Svc, shared, documents } = await buildWorkspace({ 'services.svc': SERVICES, 'empty.svc': 'package acme\n' });
        await shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, capabilities: {}, initializationOptions: { openPreviewCommand: true } });
        const lensesOf = async (name: string) => {
            const document = documents[name]!;
            return (await Svc.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } })) ?? [];
        };
        const previews = (await lensesOf('services.svc')).filter(lens => lens.command?.command === 'svc.openPreview');
        expect(previews.map(lens => [lens.range.start.line, lens.command?.title])).toEqual([[1, 'Open alignment preview']]);
        expect(await lensesOf('empty.svc')).toEqual([]);
    });
});
