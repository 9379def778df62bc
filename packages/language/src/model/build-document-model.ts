import type { LangiumDocument, Reference } from 'langium';
import type * as M from '@svc-lang/core';
import * as A from '../generated/ast.js';
import { isBuiltinUri } from '../builtins.js';
import { qualify } from '@svc-lang/core';
import { LocationFactory } from './locations.js';
import { suppressionsBefore } from './suppressions.js';
import { dateValue, metricValue, percentValue } from './values.js';

/** The line breaks of the LSP, whose line numbers every location uses: a lone `\r` ends a line too. */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Converts one parsed and linked document into its plain model. This is the only place that
 * knows both the AST and the model; everything downstream works on the model alone.
 */
export function buildDocumentModel(document: LangiumDocument): M.DocumentModel {
    const root = document.parseResult.value as A.SvcFile;
    const uri = document.uri.toString();
    const converter = new DocumentConverter(uri, root.package ?? '', document.textDocument.getText().split(LINE_BREAK));
    const declarations: M.Declaration[] = [];
    const policies: M.Policy[] = [];
    // An `import` whose name the parser could not read imports nothing.
    const readImports = (root.imports ?? []).filter(imported => typeof imported.package === 'string' && imported.package !== '');
    for (const member of root.members ?? []) {
        if (A.isPolicy(member)) {
            policies.push(converter.policy(member));
        } else {
            const declaration = converter.declaration(member);
            if (declaration) {
                declarations.push(declaration);
            }
        }
    }
    return {
        uri,
        package: root.package ?? '',
        imports: readImports.map(imported => imported.package),
        importLocations: readImports.map(imported => converter.importLocation(imported)),
        builtin: isBuiltinUri(uri),
        declarations,
        policies
    };
}

class DocumentConverter {
    private readonly at: LocationFactory;

    constructor(
        uri: string,
        private readonly pkg: string,
        private readonly lines: readonly string[]
    ) {
        this.at = new LocationFactory(uri);
    }

    declaration(member: Exclude<A.Member, A.Policy>): M.Declaration | undefined {
        // A declaration whose name the parser could not recover has nothing to be known by.
        if (typeof member.name !== 'string' || member.name === '') {
            return undefined;
        }
        switch (member.$type) {
            case 'Stakeholder':
                return this.stakeholder(member);
            case 'Property':
                return this.property(member);
            case 'CommonDimension':
                return { ...this.base(member), kind: 'dimension' };
            case 'Need':
                return this.need(member);
            case 'Gap':
                return this.gap(member);
            case 'Change':
                return this.change(member);
            case 'Service':
                return this.service(member);
            case 'Spec':
                return this.spec(member);
            case 'Assessment':
                return this.assessment(member);
            case 'Alignment':
                return this.alignment(member);
        }
    }

    importLocation(node: A.Import): M.SourceLocation {
        return this.at.ofProperty(node, 'package');
    }

    policy(policy: A.Policy): M.Policy {
        return {
            kind: 'policy',
            package: this.pkg,
            ...optional('tolerance', last(policy.tolerance)),
            ...optional('toleranceLocation', last(policy.tolerance) === undefined ? undefined : this.at.ofLastProperty(policy, 'tolerance')),
            ...optional('maxResponseDays', last(policy.maxResponseDays)),
            ...optional('maxResponseDaysLocation', last(policy.maxResponseDays) === undefined ? undefined : this.at.ofLastProperty(policy, 'maxResponseDays')),
            ...optional('asOf', this.date(policy, 'asOf', last(policy.asOf))),
            rules: policy.rules.map(setting => ({
                rule: setting.rule,
                severity: setting.severity,
                ruleLocation: this.at.ofProperty(setting, 'rule')
            })),
            location: this.at.of(policy),
            keywordLocation: this.at.ofKeyword(policy, 'policy'),
            suppressions: this.suppressions(policy)
        };
    }

    private base(member: Exclude<A.Member, A.Policy>): M.DeclarationBase {
        return {
            name: member.name,
            qualifiedName: qualify(this.pkg, member.name),
            package: this.pkg,
            ...optional('title', member.title),
            location: this.at.of(member),
            nameLocation: this.at.ofProperty(member, 'name'),
            suppressions: this.suppressions(member),
            ...(isBuiltinUri(this.at.uri) ? { builtin: true } : {})
        };
    }

    private suppressions(member: A.Member): M.Suppression[] {
        const line = member.$cstNode?.range.start.line;
        return line === undefined ? [] : suppressionsBefore(this.lines, line, this.at.uri);
    }

    private stakeholder(node: A.Stakeholder): M.Stakeholder {
        return { ...this.base(node), kind: 'stakeholder', ...optional('perspective', last(node.perspective)), ...optional('role', last(node.role)) };
    }

    private property(node: A.Property): M.Property {
        return {
            ...this.base(node),
            kind: 'property',
            ...optional('group', last(node.group)),
            dimensions: node.dimensions.map(dimension => ({
                name: dimension.name,
                ...optional('title', dimension.title),
                nameLocation: this.at.ofProperty(dimension, 'name')
            }))
        };
    }

    private need(node: A.Need): M.Need {
        return {
            ...this.base(node),
            kind: 'need',
            raisedBy: this.refs(node.raisedBy),
            ...optional('raised', this.date(node, 'raised', last(node.raised))),
            ...optional('priority', last(node.priority)),
            ...optional('objective', last(node.objective)),
            ...optional('context', last(node.context)),
            requires: this.scoreMap(last(node.requires)),
            expects: this.scoreMap(last(node.expects))
        };
    }

    private gap(node: A.Gap): M.Gap {
        return { ...this.base(node), kind: 'gap', ...optional('need', this.ref(node.need)), shortfall: this.scoreMap(last(node.shortfall)) };
    }

    private change(node: A.Change): M.Change {
        return {
            ...this.base(node),
            kind: 'change',
            ...optional('changeKind', last(node.kind)),
            ...optional('date', this.date(node, 'date', last(node.date))),
            affects: this.refs(node.affects)
        };
    }

    private service(node: A.Service): M.Service {
        return {
            ...this.base(node),
            kind: 'service',
            ...optional('level', node.level),
            ...optional('nature', this.nature(last(node.nature))),
            ...optional('provider', last(node.provider)),
            ...optional('owner', this.ref(last(node.owner))),
            addresses: this.refs(node.addresses),
            supportedBy: this.refs(node.supportedBy),
            manages: this.refs(node.manages)
        };
    }

    private nature(nature: A.Nature | undefined): M.Nature | undefined {
        if (!nature?.kind) {
            return undefined;
        }
        const location = this.at.of(nature);
        return nature.productShare === undefined
            ? { kind: nature.kind, location }
            : { kind: nature.kind, productShare: percentValue(nature.productShare), location };
    }

    private spec(node: A.Spec): M.Spec {
        return {
            ...this.base(node),
            kind: 'spec',
            ...optional('service', this.ref(node.service)),
            ...optional('version', last(node.version)),
            agreedBy: this.refs(node.agreedBy),
            commits: this.scoreMap(last(node.commits)),
            metrics: node.metrics.map(metric => this.metric(metric)),
            supersedes: this.refs(node.supersedes)
        };
    }

    private metric(node: A.Metric): M.Metric {
        return {
            name: node.name,
            ...optional('value', metricValue(node.value)),
            ...optional('measures', this.ref(node.measures)),
            location: this.at.of(node),
            nameLocation: this.at.ofProperty(node, 'name'),
            valueLocation: this.at.of(node.value)
        };
    }

    private assessment(node: A.Assessment): M.Assessment {
        return {
            ...this.base(node),
            kind: 'assessment',
            ...optional('service', this.ref(node.service)),
            ...optional('date', this.date(node, 'date', last(node.date))),
            assessors: this.refs(node.assessors),
            scores: node.scores.filter(score => isNumber(score.value)).map(score => this.score(score))
        };
    }

    private score(node: A.Score): M.Score {
        return {
            property: this.at.ref(node.property),
            value: node.value,
            ...optional('remark', node.remark),
            dimensions: node.dimensions
                .filter(dimension => isNumber(dimension.value))
                .map(dimension => ({
                    dimension: this.at.ref(dimension.dimension),
                    value: dimension.value,
                    location: this.at.of(dimension),
                    valueLocation: this.at.ofProperty(dimension, 'value')
                })),
            location: this.at.upTo(node, 'value'),
            valueLocation: this.at.ofProperty(node, 'value')
        };
    }

    private alignment(node: A.Alignment): M.Alignment {
        return {
            ...this.base(node),
            kind: 'alignment',
            respondsTo: this.refs(node.respondsTo),
            aligns: node.aligns.map(clause => ({
                need: this.at.ref(clause.need),
                services: this.refs(clause.services),
                location: this.at.of(clause)
            })),
            ...optional('governance', this.governance(last(node.governance))),
            ...optional('risk', this.risk(last(node.risk))),
            ...optional('resources', this.resources(last(node.resources))),
            ...optional('decided', this.date(node, 'decided', last(node.decided))),
            ...optional('responded', this.date(node, 'responded', last(node.responded))),
            ...optional('tbe', this.tbe(last(node.tbe)))
        };
    }

    private governance(node: A.Governance | undefined): M.Alignment['governance'] {
        return (
            node && {
                ...optional('forum', last(node.forum)),
                accountable: this.refs(node.accountable),
                keywordLocation: this.at.ofKeyword(node, 'governance')
            }
        );
    }

    private risk(node: A.Risk | undefined): M.Alignment['risk'] {
        return node?.level ? { level: node.level, ...optional('description', node.description), location: this.at.of(node) } : undefined;
    }

    private resources(node: A.Resources | undefined): M.Alignment['resources'] {
        const people = last(node?.people);
        return (
            node && {
                ...optional('budget', this.money(last(node.budget))),
                ...optional('people', people),
                ...optional('peopleLocation', people === undefined ? undefined : this.at.ofLastProperty(node, 'people')),
                location: this.at.of(node)
            }
        );
    }

    private tbe(node: A.TbeClaim | undefined): M.Alignment['tbe'] {
        if (!isNumber(node?.before) || !isNumber(node.after)) {
            return undefined;
        }
        return {
            before: node.before,
            after: node.after,
            beforeLocation: this.at.ofProperty(node, 'before'),
            afterLocation: this.at.ofProperty(node, 'after')
        };
    }

    private money(money: A.Money | undefined): M.Money | undefined {
        return money && money.currency !== undefined && isNumber(money.amount)
            ? { amount: money.amount, currency: money.currency, location: this.at.of(money) }
            : undefined;
    }

    private scoreMap(map: A.ScoreMap | undefined): M.PropertyScore[] {
        return (map?.entries ?? [])
            .filter(entry => isNumber(entry.value))
            .map(entry => ({
                property: this.at.ref(entry.property),
                value: entry.value,
                location: this.at.of(entry),
                valueLocation: this.at.ofProperty(entry, 'value')
            }));
    }

    private date(node: A.Member | A.Alignment, property: string, iso: string | undefined): M.DateValue | undefined {
        return iso === undefined ? undefined : dateValue(iso, this.at.ofLastProperty(node, property));
    }

    private ref(reference: Reference | undefined): M.Ref | undefined {
        return reference ? this.at.ref(reference) : undefined;
    }

    private refs(references: readonly Reference[]): M.Ref[] {
        return references.map(reference => this.at.ref(reference));
    }
}

/** The last of a repeated item: the one that counts (README "Language notes"). */
function last<T>(items: readonly T[] | undefined): T | undefined {
    return items?.[items.length - 1];
}

/**
 * Whether the parser read a number here. Where it recovered from a syntax error a mandatory
 * number is missing; the syntax error says so, and the model leaves the incomplete item out.
 */
function isNumber(value: number | undefined): value is number {
    return typeof value === 'number';
}

/** `{ key: value }` when the value is present, `{}` otherwise: keeps the model free of `undefined` fields. */
function optional<K extends string, V>(key: K, value: V | undefined | null | ''): { [P in K]?: V } {
    return value === undefined || value === null || value === '' ? {} : ({ [key]: value } as { [P in K]: V });
}
