-- CreateEnum
CREATE TYPE "WorkshopStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "WorkshopStepKind" AS ENUM ('COLLECT', 'VOTE', 'DECISIONS');

-- CreateEnum
CREATE TYPE "WorkshopItemKind" AS ENUM ('DECISION', 'ACTION');

-- AlterTable
ALTER TABLE "VoteRound" ADD COLUMN     "revealRequired" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "revealedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Workshop" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "status" "WorkshopStatus" NOT NULL DEFAULT 'DRAFT',
    "currentStep" INTEGER NOT NULL DEFAULT 0,
    "timerStartedAt" TIMESTAMP(3),
    "timerElapsedMs" INTEGER NOT NULL DEFAULT 0,
    "roundId" TEXT,
    "createdById" TEXT,
    "openedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopStep" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "WorkshopStepKind" NOT NULL,
    "durationSeconds" INTEGER NOT NULL,

    CONSTRAINT "WorkshopStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopParticipant" (
    "workshopId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopParticipant_pkey" PRIMARY KEY ("workshopId","userId")
);

-- CreateTable
CREATE TABLE "WorkshopNote" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "authorId" TEXT,
    "text" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "groupedIntoId" TEXT,
    "irritantId" TEXT,
    "convertingAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopItem" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "kind" "WorkshopItemKind" NOT NULL,
    "text" TEXT NOT NULL,
    "ownerUserId" TEXT,
    "ownerOrganisationId" TEXT,
    "dueOn" TIMESTAMP(3),
    "linkType" TEXT,
    "linkId" TEXT,
    "reminderSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_roundId_key" ON "Workshop"("roundId");

-- CreateIndex
CREATE INDEX "Workshop_scheduledAt_idx" ON "Workshop"("scheduledAt");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopStep_workshopId_position_key" ON "WorkshopStep"("workshopId", "position");

-- CreateIndex
CREATE INDEX "WorkshopNote_workshopId_createdAt_idx" ON "WorkshopNote"("workshopId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopNote_authorId_idempotencyKey_key" ON "WorkshopNote"("authorId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "WorkshopItem_workshopId_idx" ON "WorkshopItem"("workshopId");

-- CreateIndex
CREATE INDEX "WorkshopItem_dueOn_reminderSentAt_idx" ON "WorkshopItem"("dueOn", "reminderSentAt");

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "VoteRound"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopStep" ADD CONSTRAINT "WorkshopStep_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopParticipant" ADD CONSTRAINT "WorkshopParticipant_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopParticipant" ADD CONSTRAINT "WorkshopParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopNote" ADD CONSTRAINT "WorkshopNote_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopNote" ADD CONSTRAINT "WorkshopNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopNote" ADD CONSTRAINT "WorkshopNote_groupedIntoId_fkey" FOREIGN KEY ("groupedIntoId") REFERENCES "WorkshopNote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopNote" ADD CONSTRAINT "WorkshopNote_irritantId_fkey" FOREIGN KEY ("irritantId") REFERENCES "Irritant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopItem" ADD CONSTRAINT "WorkshopItem_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopItem" ADD CONSTRAINT "WorkshopItem_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopItem" ADD CONSTRAINT "WorkshopItem_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
