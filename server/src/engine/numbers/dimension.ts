import { MEASURE_FAMILY, MEASURE_IN_BASE, TIME_UNIT_DAYS } from '../data/units';
import type { Quantity } from '../types';

/**
 * Whether two quantities measure the same kind of thing: the same dimension, and for money the same currency,
 * for durations and frequencies a time unit on both sides (any two convert), for measures units of one family
 * (miles and kilometres), for periods a period on both sides.
 */
export function sameDimension(a: Quantity, b: Quantity): boolean {
  if (a.dimension !== b.dimension) return false;
  switch (a.dimension) {
    case 'money':
      return a.currency === b.currency;
    case 'duration':
    case 'frequency':
      return a.timeUnit !== undefined && b.timeUnit !== undefined;
    case 'measure':
      return measureFamily(a.measureUnit) !== undefined && measureFamily(a.measureUnit) === measureFamily(b.measureUnit);
    case 'period':
      return a.period !== undefined && b.period !== undefined;
    default:
      return true;
  }
}

export function measureFamily(unit: string | undefined): string | undefined {
  return unit === undefined ? undefined : MEASURE_FAMILY[unit];
}

/** A source quantity's value (and precision) expressed in the claim's unit: 30 years as decades, 72 km as miles. */
export function convertInto(source: Quantity, claim: Quantity): { value: number; precision?: number } {
  let k = 1;
  if (source.timeUnit && claim.timeUnit && source.timeUnit !== claim.timeUnit) {
    const ratio = TIME_UNIT_DAYS[source.timeUnit] / TIME_UNIT_DAYS[claim.timeUnit];
    if (source.dimension === 'duration') k = ratio;
    else if (source.dimension === 'frequency') k = 1 / ratio;
  } else if (source.measureUnit && claim.measureUnit && source.measureUnit !== claim.measureUnit && sameDimension(source, claim)) {
    k = MEASURE_IN_BASE[source.measureUnit] / MEASURE_IN_BASE[claim.measureUnit];
  }
  if (k === 1) return { value: source.value, precision: source.precision };
  // A converted figure is as exact as the conversion allows, no more than the claim's own precision.
  return { value: Number((source.value * k).toPrecision(12)), precision: Math.min(source.precision * k, claim.precision) };
}
