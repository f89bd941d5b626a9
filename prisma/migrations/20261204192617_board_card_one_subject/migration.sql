-- A board card is about exactly one catalogue entry, an irritant or a data item (docs/adr/0030), like a
-- comment's target (docs/adr/0022). Prisma's schema cannot express a CHECK constraint: this migration holds
-- only SQL, which `npm run db:migration:create` does not write when the schema itself is unchanged.
ALTER TABLE "BoardCard" ADD CONSTRAINT "BoardCard_exactly_one_subject" CHECK (num_nonnulls("irritantId", "dataItemId") = 1);
