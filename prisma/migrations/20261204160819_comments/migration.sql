-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "irritantId" TEXT,
    "dataItemId" TEXT,
    "boardCardId" TEXT,
    "useCaseId" TEXT,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "hiddenAt" TIMESTAMP(3),
    "hiddenReason" TEXT,
    "hiddenById" TEXT,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentRevision" (
    "id" TEXT NOT NULL,
    "commentId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "writtenAt" TIMESTAMP(3) NOT NULL,
    "replacedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Comment_irritantId_createdAt_idx" ON "Comment"("irritantId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_dataItemId_createdAt_idx" ON "Comment"("dataItemId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_boardCardId_createdAt_idx" ON "Comment"("boardCardId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_useCaseId_createdAt_idx" ON "Comment"("useCaseId", "createdAt");

-- CreateIndex
CREATE INDEX "CommentRevision_commentId_replacedAt_idx" ON "CommentRevision"("commentId", "replacedAt");

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_irritantId_fkey" FOREIGN KEY ("irritantId") REFERENCES "Irritant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_dataItemId_fkey" FOREIGN KEY ("dataItemId") REFERENCES "DataItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_boardCardId_fkey" FOREIGN KEY ("boardCardId") REFERENCES "BoardCard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_useCaseId_fkey" FOREIGN KEY ("useCaseId") REFERENCES "UseCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_hiddenById_fkey" FOREIGN KEY ("hiddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentRevision" ADD CONSTRAINT "CommentRevision_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Exactly one target per comment, and a hidden comment always says why (docs/adr/0022).
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_exactly_one_target" CHECK (num_nonnulls("irritantId", "dataItemId", "boardCardId", "useCaseId") = 1);
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_hidden_with_reason" CHECK (("hiddenAt" IS NULL) = ("hiddenReason" IS NULL));

-- The irritants' comments move into the one comment table, ids and dates kept
-- (links to #commentaire-<id> in sent notifications keep working).
INSERT INTO "Comment" ("id", "irritantId", "authorId", "body", "createdAt")
SELECT "id", "irritantId", "authorId", "body", "createdAt" FROM "IrritantComment";

DROP TABLE "IrritantComment";
