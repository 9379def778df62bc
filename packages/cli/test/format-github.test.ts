import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../src/format/github.js';
import { context, finding, FINDINGS, SUMMARY } from './findings.js';

describe('github format', () => {
    it('writes one workflow command per finding, info as notice', () => {
        expect(formatGithub(FINDINGS, SUMMARY, context()).split('\n')).toEqual([
            '::error file=a.svc,line=1,col=6,endLine=1,endColumn=10,title=duplicate-name::N is declared twice.',
            '::error file=a.svc,line=1,col=6,endLine=1,endColumn=10,title=need-uncovered::No service covers need N.',
            '::notice file=a.svc,line=5,col=10,endLine=5,endColumn=14,title=alignment-unmeasured::Realign records no tbe before … after ….',
            '::warning file=specs/b.svc,line=3,col=1,endLine=3,endColumn=5,title=service-unmanaged::No service-management service manages Hosting.'
        ]);
    });

    it('writes nothing when there is nothing to report', () => {
        expect(formatGithub([], SUMMARY, context())).toBe('');
    });

    it('escapes %, CR and LF in messages, and also : and , in properties', () => {
        expect(escapeData('100% sure:\r\nyes, really')).toBe('100%25 sure:%0D%0Ayes, really');
        expect(escapeProperty('a,b:c%d\ne')).toBe('a%2Cb%3Ac%25d%0Ae');
        const odd = finding('x,y:z.svc', 0, 0, 'error', 'syntax', 'line one\nline two: 5%');
        expect(formatGithub([odd], SUMMARY, context())).toBe(
            '::error file=x%2Cy%3Az.svc,line=1,col=1,endLine=1,endColumn=5,title=syntax::line one%0Aline two: 5%25'
        );
    });
});
