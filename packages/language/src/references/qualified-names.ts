import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import { isSvcFile } from '../generated/ast.js';

/** The package a node's file declares; '' for the root package. */
export function packageOf(node: AstNode): string {
    const root = AstUtils.findRootNode(node);
    return isSvcFile(root) ? (root.package ?? '') : '';
}
