import { z } from 'zod';

/** One certificate a job page may list (content/certificates.yaml): issuer and legal status, null when unverified. */
export const certificateSchema = z.strictObject({
  name: z.string().min(1),
  issuer: z.string().min(1).nullable(),
  status: z.string().min(1).nullable(),
  /** Registry id of the issuer's own record of the certificate; null when none was found. */
  source: z.string().min(1).nullable(),
});
export type Certificate = z.infer<typeof certificateSchema>;

export const certificatesFileSchema = z.strictObject({ certificates: z.array(certificateSchema).min(1) });
