-- CreateTable
CREATE TABLE "IrritantComment" (
    "id" TEXT NOT NULL,
    "irritantId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IrritantComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IrritantComment_irritantId_createdAt_idx" ON "IrritantComment"("irritantId", "createdAt");

-- AddForeignKey
ALTER TABLE "IrritantComment" ADD CONSTRAINT "IrritantComment_irritantId_fkey" FOREIGN KEY ("irritantId") REFERENCES "Irritant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IrritantComment" ADD CONSTRAINT "IrritantComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
