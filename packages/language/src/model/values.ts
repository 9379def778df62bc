import type { DateValue, MetricValue, SourceLocation } from '@svc/core';

/** A `YYYY-MM-DD` literal, checked against the calendar (the lexer only checks its shape). */
export function dateValue(iso: string, location: SourceLocation): DateValue {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    const parsed = new Date(Date.UTC(year, month - 1, day));
    const valid = parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
    return { iso, valid, location };
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
