import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter } from 'langium';
import { normalName } from '@svc-lang/core';

/** The grammar rules whose value is a name or a qualified name. */
const NAME_RULES = new Set(['ID', 'Name', 'KeywordName', 'QualifiedName']);

/**
 * Names are compared after NFC normalisation (language revision 2): `Scolarité` typed with a
 * combining accent and with the precomposed letter is one name. Declared names and package
 * names are normalised here, as they are read; references are normalised where they are looked
 * up (`SvcScopeProvider`). Titles and other strings keep the text as written.
 */
export class SvcValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        const value = super.runConverter(rule, input, cstNode);
        return typeof value === 'string' && NAME_RULES.has(rule.name) ? normalName(value) : value;
    }
}
