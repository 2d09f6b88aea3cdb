/**
 * Splits a period into whole minutes per step so that the process table always adds up
 * exactly to the period length.
 */

export interface TimedStep {
  /** Weight: the step's share in a 45-minute period. */
  minutes: number;
  /** Lower bound after scaling. */
  minMinutes: number;
}

export type Allocation = { ok: true; minutes: number[] } | { ok: false; needed: number };

/**
 * Scales the weights to `length` (largest remainder), then lifts any step below its minimum by
 * taking minutes from the steps with the most room. Fails only when the minimums alone exceed
 * the length.
 */
export function allocateMinutes(steps: readonly TimedStep[], length: number): Allocation {
  const needed = steps.reduce((sum, s) => sum + s.minMinutes, 0);
  if (steps.length === 0 || needed > length) return { ok: false, needed };
  const total = steps.reduce((sum, s) => sum + s.minutes, 0);
  const exact = steps.map((s) => (s.minutes * length) / total);
  const out = exact.map(Math.floor);
  let left = length - out.reduce((a, b) => a + b, 0);
  // Ties go to the earlier step so the result does not depend on sort stability.
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) out[byRemainder[k]!.i]! += 1;

  for (let i = 0; i < steps.length; i++) {
    while (out[i]! < steps[i]!.minMinutes) {
      let donor = -1;
      for (let j = 0; j < steps.length; j++) {
        const room = out[j]! - steps[j]!.minMinutes;
        if (j !== i && room > 0 && (donor === -1 || room > out[donor]! - steps[donor]!.minMinutes)) donor = j;
      }
      // Cannot happen when the minimums fit, but never loop forever on a logic slip.
      if (donor === -1) return { ok: false, needed };
      out[donor]! -= 1;
      out[i]! += 1;
    }
  }
  return { ok: true, minutes: out };
}
