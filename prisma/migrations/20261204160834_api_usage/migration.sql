-- CreateEnum
CREATE TYPE "ApiUsageStatus" AS ENUM ('UTILISE', 'EN_COURS', 'PAS_ENCORE');

-- AlterEnum
ALTER TYPE "CatalogueEntryKind" ADD VALUE 'API_USAGE';

-- CreateTable
CREATE TABLE "ApiUsage" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "publicApiId" TEXT NOT NULL,
    "status" "ApiUsageStatus" NOT NULL,
    "note" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApiUsage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ApiUsage_publicApiId_idx" ON "ApiUsage"("publicApiId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiUsage_organisationId_publicApiId_key" ON "ApiUsage"("organisationId", "publicApiId");

-- AddForeignKey
ALTER TABLE "ApiUsage" ADD CONSTRAINT "ApiUsage_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiUsage" ADD CONSTRAINT "ApiUsage_publicApiId_fkey" FOREIGN KEY ("publicApiId") REFERENCES "PublicApi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiUsage" ADD CONSTRAINT "ApiUsage_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
