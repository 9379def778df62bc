import type { DateValue, MetricValue, SourceLocation } from '@svc-lang/core';
import { isCalendarDate } from '@svc-lang/core';

/** A `YYYY-MM-DD` literal, checked against the calendar (the lexer only checks its shape). */
export function dateValue(iso: string, location: SourceLocation): DateValue {
    return { iso, valid: isCalendarDate(iso), location };
}

export function percentValue(text: string): number {
    return Number(text.slice(0, -1));
}

export function metricValue(value: { number?: number; percent?: string; duration?: string } | undefined): MetricValue | undefined {
    if (value?.percent !== undefined) {
        return { kind: 'percent', value: percentValue(value.percent) };
    }
    if (value?.duration !== undefined) {
        const unit = value.duration.slice(-1) as 'm' | 'h' | 'd' | 'w';
        return { kind: 'duration', value: Number(value.duration.slice(0, -1)), unit };
    }
    return value?.number !== undefined ? { kind: 'number', value: value.number } : undefined;
}
