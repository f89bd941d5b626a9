-- AlterTable
ALTER TABLE "Irritant" ADD COLUMN     "mergedIntoId" TEXT;

-- AddForeignKey
ALTER TABLE "Irritant" ADD CONSTRAINT "Irritant_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Irritant"("id") ON DELETE SET NULL ON UPDATE CASCADE;
