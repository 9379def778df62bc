/** A gap as a reader writes it: +5, −20 (a true minus sign), 0. Every view and report signs gaps this way. */
export function signed(value: number): string {
    return value > 0 ? `+${value}` : value < 0 ? `\u2212${-value}` : '0';
}
