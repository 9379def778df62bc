import { describe, expect, it } from 'vitest';
import {
    isAlignment,
    isAssessment,
    isChange,
    isCommonDimension,
    isGap,
    isNeed,
    isPolicy,
    isProperty,
    isService,
    isSpec,
    isStakeholder
} from '../src/generated/ast.js';
import { parseOne } from './helpers.js';

const EVERY_CONSTRUCT = `package acme.bids   // the package
import acme.core
/* a block comment */
stakeholder BidManager "Bid manager" { perspective business }
stakeholder CIO "Chief information officer" { perspective it  role "Head of IT" }
property resilience "Resilience" { group core  dimension recovery "Time to recover" }
dimension maturity "Maturity"
need CostEstimating "Estimate construction costs" {
  raisedBy BidManager
  raised 2010-02-01
  priority high
  objective "Win more fixed-price bids"
  context external
  requires { functionality 80  performance 70 }
  expects  { functionality 70  performance 75.5 }
}
gap ErpEstimating on CostEstimating "The ERP has no cost estimating" { shortfall { functionality 40 } }
change CostCentre "Move to cost centre" {
  kind market
  date 2010-01-10
  affects CostEstimating
}
service EstimatingPackage "Estimating package" at business-process-execution {
  nature mix 70% product
  provider external
  owner CIO
  addresses CostEstimating
  supportedBy ErpInterface, Hosting
}
service ErpInterface "ERP interface" at development { supportedBy Hosting nature service provider internal }
service Hosting "Hosting" at it-operations { nature product provider cloud }
service Relationship at service-management { manages EstimatingPackage, ErpInterface, Hosting }
service Strategy at business-engineering
service Processes at business-process-engineering
service Design at service-design
spec EstimatingSla for EstimatingPackage {
  version "1.2"
  agreedBy BidManager, CIO
  commits { functionality 75  performance 80 }
  metric availability 99.5% measures performance
  metric timeToRespond 4h measures support
  metric timeToFix 2d measures support
  metric incidentsPerMonth 3
}
assessment Q3Review of EstimatingPackage {
  date 2010-09-30
  assessors BidManager, CIO
  score functionality 60 { leadership 50  budget 70 }
  score performance 85
  score understanding 40 "Business rarely consulted"
  score resilience 55 { recovery 30 maturity 20 } "Recovers slowly"
}
alignment Realign2011 "Bring estimating in line" {
  respondsTo CostCentre, ErpEstimating, Q3Review
  aligns CostEstimating with EstimatingPackage, ErpInterface
  governance { forum "Bid board"  accountable BidManager, CIO }
  risk medium "Estimating errors on fixed-price bids"
  resources { budget 120000 GBP  people 3 }
  responded 2010-04-15
  tbe before 51 after 66
}
policy {
  tolerance 10
  maxResponseDays 90
  asOf 2011-01-01
  rule spec-unsigned error
  rule alignment-unmeasured off
}
`;

describe('parsing', () => {
    it('parses every construct of the language reference without errors', async () => {
        const document = await parseOne(EVERY_CONSTRUCT);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        const root = document.parseResult.value;
        expect(root.package).toBe('acme.bids');
        expect(root.imports.map(i => i.package)).toEqual(['acme.core']);
        const kinds = root.members.map(member => member.$type);
        expect(new Set(kinds)).toEqual(
            new Set(['Stakeholder', 'Property', 'CommonDimension', 'Need', 'Gap', 'Change', 'Service', 'Spec', 'Assessment', 'Alignment', 'Policy'])
        );
    });

    it('reads values of every kind: dates, percents, durations, money, decimals', async () => {
        const root = (await parseOne(EVERY_CONSTRUCT)).parseResult.value;
        const need = root.members.find(isNeed)!;
        expect(need.raised).toEqual(['2010-02-01']);
        expect(need.priority).toEqual(['high']);
        expect(need.context).toEqual(['external']);
        expect(need.expects[0]!.entries.map(e => e.value)).toEqual([70, 75.5]);
        const service = root.members.find(isService)!;
        expect(service.nature[0]).toMatchObject({ kind: 'mix', productShare: '70%' });
        expect(service.level).toBe('business-process-execution');
        const spec = root.members.find(isSpec)!;
        expect(spec.metrics.map(m => [m.name, m.value.percent ?? m.value.duration ?? m.value.number])).toEqual([
            ['availability', '99.5%'],
            ['timeToRespond', '4h'],
            ['timeToFix', '2d'],
            ['incidentsPerMonth', 3]
        ]);
        const alignment = root.members.find(isAlignment)!;
        expect(alignment.resources[0]).toMatchObject({ budget: [{ amount: 120000, currency: 'GBP' }], people: [3] });
        expect([alignment.tbe[0]?.before, alignment.tbe[0]?.after, alignment.responded[0]]).toEqual([51, 66, '2010-04-15']);
        expect(alignment.risk[0]).toMatchObject({ level: 'medium', description: 'Estimating errors on fixed-price bids' });
        const policy = root.members.find(isPolicy)!;
        expect(policy.rules.map(r => [r.rule, r.severity])).toEqual([
            ['spec-unsigned', 'error'],
            ['alignment-unmeasured', 'off']
        ]);
        expect(policy.asOf).toEqual(['2011-01-01']);
    });

    it('reads scores with dimensions and remarks in either order', async () => {
        const root = (await parseOne(EVERY_CONSTRUCT)).parseResult.value;
        const assessment = root.members.find(isAssessment)!;
        expect(assessment.scores.map(s => [s.property.$refText, s.value, s.remark, s.dimensions.map(d => d.dimension.$refText)])).toEqual([
            ['functionality', 60, undefined, ['leadership', 'budget']],
            ['performance', 85, undefined, []],
            ['understanding', 40, 'Business rarely consulted', []],
            ['resilience', 55, 'Recovers slowly', ['recovery', 'maturity']]
        ]);
    });

    it('links every reference, including built-in properties and dimensions', async () => {
        const document = await parseOne(EVERY_CONSTRUCT.replace('import acme.core\n', ''));
        const unresolved = (document.diagnostics ?? []).filter(d => (d.data as { code?: string })?.code === 'linking-error');
        expect(unresolved.map(d => d.message)).toEqual([]);
        const root = document.parseResult.value;
        const score = root.members.find(isAssessment)!.scores[3]!;
        expect(score.dimensions[0]!.dimension.ref?.name).toBe('recovery');
        expect(score.dimensions[1]!.dimension.ref && isCommonDimension(score.dimensions[1]!.dimension.ref)).toBe(true);
        expect(root.members.find(isGap)!.need.ref?.name).toBe('CostEstimating');
        expect(root.members.find(isChange)!.affects[0]!.ref?.name).toBe('CostEstimating');
        expect(root.members.find(isProperty)!.dimensions[0]!.name).toBe('recovery');
        expect(root.members.filter(isStakeholder).map(s => s.perspective[0])).toEqual(['business', 'it']);
    });

    it('accepts keywords that architects use as names', async () => {
        const document = await parseOne(
            'stakeholder business { perspective business }\nproperty budget { group core }\nneed risk { raisedBy business requires { budget 50 } }'
        );
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(document.parseResult.value.members.map(m => (m as { name: string }).name)).toEqual(['business', 'budget', 'risk']);
    });

    it('reports every syntax error in a file, not only the first', async () => {
        const document = await parseOne('need A {\n  priority urgent\n}\nservice B at nowhere\nneed C { raised 2010-01-01 }\nstakeholder { }\n');
        expect(document.parseResult.parserErrors.length).toBeGreaterThanOrEqual(3);
        expect(document.parseResult.value.members.some(m => isNeed(m) && m.name === 'C')).toBe(true);
    });
});
