import { describe, expect, it } from 'vitest';
import { statusBackground, statusText, statusTooltip } from '../src/status.js';

describe('status-bar item', () => {
    it('shows coverage and the error count, with an icon for the worst severity', () => {
        expect(statusText({ needs: { covered: 12, total: 14 }, errors: 2, warnings: 0 })).toBe('$(error) SVC 12/14 needs · 2 errors');
        expect(statusText({ needs: { covered: 3, total: 3 }, errors: 0, warnings: 1 })).toBe('$(warning) SVC 3/3 needs · 1 warning');
        expect(statusText({ needs: { covered: 0, total: 0 }, errors: 0, warnings: 0 })).toBe('$(check) SVC 0/0 needs');
    });

    it('uses the error background for errors and the amber one for warnings only', () => {
        expect(statusBackground({ needs: { covered: 1, total: 2 }, errors: 1, warnings: 3 })).toBe('statusBarItem.errorBackground');
        expect(statusBackground({ needs: { covered: 1, total: 2 }, errors: 0, warnings: 3 })).toBe('statusBarItem.warningBackground');
        expect(statusBackground({ needs: { covered: 2, total: 2 }, errors: 0, warnings: 0 })).toBeUndefined();
    });

    it('explains itself in the tooltip', () => {
        expect(statusTooltip({ needs: { covered: 1, total: 2 }, errors: 1, warnings: 3 })).toBe(
            '**SVC workspace**: 1 of 2 needs are covered by a service.\n\n1 error, 3 warnings in the .svc files.\n\nClick to open the Problems view.'
        );
    });
});
