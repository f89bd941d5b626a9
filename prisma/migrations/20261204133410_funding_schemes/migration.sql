-- CreateEnum
CREATE TYPE "RequirementKind" AS ENUM ('DOCUMENT', 'DATA');

-- AlterEnum
ALTER TYPE "CatalogueEntryKind" ADD VALUE 'FUNDING_SCHEME';

-- CreateTable
CREATE TABLE "FundingScheme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "operator" TEXT NOT NULL,
    "paths" "PathKind"[],
    "source" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundingScheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchemeRequirement" (
    "id" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "path" "PathKind" NOT NULL,
    "kind" "RequirementKind" NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SchemeRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchemeRequirementDataItem" (
    "requirementId" TEXT NOT NULL,
    "dataItemId" TEXT NOT NULL,

    CONSTRAINT "SchemeRequirementDataItem_pkey" PRIMARY KEY ("requirementId","dataItemId")
);

-- CreateTable
CREATE TABLE "IrritantFundingScheme" (
    "irritantId" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,

    CONSTRAINT "IrritantFundingScheme_pkey" PRIMARY KEY ("irritantId","schemeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "FundingScheme_slug_key" ON "FundingScheme"("slug");

-- CreateIndex
CREATE INDEX "SchemeRequirement_schemeId_path_position_idx" ON "SchemeRequirement"("schemeId", "path", "position");

-- AddForeignKey
ALTER TABLE "SchemeRequirement" ADD CONSTRAINT "SchemeRequirement_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "FundingScheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchemeRequirementDataItem" ADD CONSTRAINT "SchemeRequirementDataItem_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "SchemeRequirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchemeRequirementDataItem" ADD CONSTRAINT "SchemeRequirementDataItem_dataItemId_fkey" FOREIGN KEY ("dataItemId") REFERENCES "DataItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IrritantFundingScheme" ADD CONSTRAINT "IrritantFundingScheme_irritantId_fkey" FOREIGN KEY ("irritantId") REFERENCES "Irritant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IrritantFundingScheme" ADD CONSTRAINT "IrritantFundingScheme_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "FundingScheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
