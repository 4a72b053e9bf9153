/**
 * Wraps a typed value (a name, a structure) in Unicode isolates (FSI … PDI) before it goes into a
 * sentence: a Latin name inside Arabic text, or an Arabic name inside French text, then keeps its
 * own direction without reordering the punctuation around it (Unicode bidi algorithm, UAX #9).
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}
