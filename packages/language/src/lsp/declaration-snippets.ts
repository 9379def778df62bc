/**
 * A snippet per declaration, offered by completion beside the keyword that starts it, and only
 * where that keyword is (the top level): contributed to VS Code as static snippets, they showed
 * up inside every block. Keyed by the grammar rule and the keyword (`service` also names a
 * nature). Snippet syntax: `${1:default}` placeholders, `${1|a,b|}` choices, `$0` the end.
 */
export const DECLARATION_SNIPPETS: ReadonlyMap<string, { description: string; body: string }> = new Map([
    ['SvcFile:package', { description: "The file's package (at most one, first in the file)", body: 'package ${1:acme.bids}\n$0' }],
    ['Import:import', { description: "Make another package's names visible unqualified", body: 'import ${1:acme.core}' }],
    [
        'Stakeholder:stakeholder',
        {
            description: 'A stakeholder on the business or the IT side',
            body: 'stakeholder ${1:Name} "${2:Title}" {\n  perspective ${3|business,it|}\n  role "${4:Role}"\n}'
        }
    ],
    [
        'Property:property',
        {
            description: 'A property of the total business experience, beside the ten built in',
            body: 'property ${1:name} "${2:Title}" {\n  group ${3|core,management|}\n  dimension ${4:dimensionName} "${5:Title}"\n}'
        }
    ],
    [
        'CommonDimension:dimension',
        { description: 'A dimension that every property has (like leadership and budget)', body: 'dimension ${1:name} "${2:Title}"' }
    ],
    [
        'Need:need',
        {
            description: 'A business need: what the business requires and expects, per property',
            body: 'need ${1:Name} "${2:Title}" {\n  raisedBy ${3:Stakeholder}\n  raised ${4:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}\n  priority ${5|low,medium,high,critical|}\n  objective "${6:Objective}"\n  context ${7|internal,external|}\n  requires { ${8:functionality} ${9:80} }\n  expects  { ${10:functionality} ${11:70} }\n}'
        }
    ],
    [
        'Gap:gap',
        {
            description: 'A needs gap, as the business describes it',
            body: 'gap ${1:Name} on ${2:Need} "${3:Title}" {\n  shortfall { ${4:functionality} ${5:20} }\n}'
        }
    ],
    [
        'Change:change',
        {
            description: 'An external change that affects needs',
            body: 'change ${1:Name} "${2:Title}" {\n  kind ${3|market,legislative,technology,organisational|}\n  date ${4:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}\n  affects ${5:Need}\n}'
        }
    ],
    [
        'Service:service',
        {
            description: 'A service on the service stack',
            body: 'service ${1:Name} "${2:Title}" at ${3|business-engineering,business-process-engineering,business-process-execution,service-design,development,it-operations,service-management|} {\n  nature ${4|product,service,mix 50% product|}\n  provider ${5|internal,external,cloud|}\n  owner ${6:Stakeholder}\n  addresses ${7:Need}\n  supportedBy ${8:Service}\n}'
        }
    ],
    [
        'Spec:spec',
        {
            description: 'A service specification: what the service commits to',
            body: 'spec ${1:Name} for ${2:Service} "${3:Title}" {\n  version "${4:1.0}"\n  agreedBy ${5:Stakeholder}\n  commits { ${6:functionality} ${7:75} }\n  metric ${8:availability} ${9:99.5%} measures ${10:performance}\n}'
        }
    ],
    [
        'Assessment:assessment',
        {
            description: 'The total business experience of a service, as scored',
            body: 'assessment ${1:Name} of ${2:Service} "${3:Title}" {\n  date ${4:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}\n  assessors ${5:Stakeholder}\n  score ${6:functionality} ${7:60} { leadership ${8:50}  budget ${9:70} } "${10:Remark}"\n}'
        }
    ],
    [
        'Alignment:alignment',
        {
            description: 'The response to a change, gap or assessment: governance, risk and resources',
            body: 'alignment ${1:Name} "${2:Title}" {\n  respondsTo ${3:Change}\n  aligns ${4:Need} with ${5:Service}\n  governance { forum "${6:Forum}"  accountable ${7:Stakeholder} }\n  risk ${8|low,medium,high|} "${9:Risk}"\n  resources { budget ${10:100000} ${11:GBP}  people ${12:2} }\n  responded ${13:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}\n  tbe before ${14:50} after ${15:65}\n}'
        }
    ],
    [
        'Policy:policy',
        {
            description: 'Thresholds and rule severities for the package',
            body: 'policy {\n  tolerance ${1:10}\n  maxResponseDays ${2:90}\n  asOf ${3:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}\n  rule ${4:spec-unsigned} ${5|error,warning,info,off|}\n}'
        }
    ]
]);
