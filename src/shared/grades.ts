/** Finding statuses. Only `met` meets a criterion. */
export const STATUSES = ['met', 'partly-met', 'not-met', 'not-applicable'] as const;
export type Status = (typeof STATUSES)[number];
