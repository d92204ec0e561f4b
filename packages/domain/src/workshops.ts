import { z } from 'zod';

export const workshopParticipantSchema = z.object({
  name: z.string().trim().min(1).max(200),
  organisation: z.string().trim().max(200).default(''),
  role: z.string().trim().max(200).default(''),
});
export type WorkshopParticipant = z.infer<typeof workshopParticipantSchema>;
