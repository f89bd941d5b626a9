/**
 * For short transactions that many members run at once (card moves):
 * under a burst they queue for a pooled connection or a row lock longer than
 * Prisma's 2 s default wait, which would refuse valid requests.
 */
export const BUSY_TRANSACTION = { maxWait: 15_000, timeout: 15_000 } as const;

/** A spreadsheet import: up to 100 entries (each with its history, audit event and board card) in one transaction. */
export const IMPORT_TRANSACTION = { maxWait: 15_000, timeout: 120_000 } as const;
