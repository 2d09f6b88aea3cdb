/**
 * What a zod field allows, in the words of src/cli/usage-error.ts: for options whose rules live in
 * a schema (`npm run generate`'s in src/schemas/lesson-options.ts), so the error says the schema's range.
 */
import { z } from 'zod';
import { integerRange } from './usage-error.ts';

export function allowedByZod(schema: z.ZodType): string | null {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  if (s instanceof z.ZodArray) return allowedByZod(s.element as z.ZodType);
  if (s instanceof z.ZodEnum) return s.options.join(', ');
  if (s instanceof z.ZodNumber) return integerRange(s.minValue ?? undefined, s.maxValue ?? undefined);
  return null;
}
