import { DefaultFuzzyMatcher } from 'langium/lsp';

const DOT = '.'.charCodeAt(0);

/**
 * Langium's matcher, with a word starting after each `.` of a qualified name: the index
 * names every declaration `package.Name`, and `Estim` must find `other.Estimation` in
 * workspace symbols and completion, not only names that start with a capital after a
 * lower-case letter.
 */
export class SvcFuzzyMatcher extends DefaultFuzzyMatcher {
    protected override isWordTransition(previous: number, current: number): boolean {
        return previous === DOT || super.isWordTransition(previous, current);
    }
}
