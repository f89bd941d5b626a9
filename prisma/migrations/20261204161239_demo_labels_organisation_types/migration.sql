-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "OrganisationType" ADD VALUE 'ETAT_DGESCO';
ALTER TYPE "OrganisationType" ADD VALUE 'ETAT_DEPP';
ALTER TYPE "OrganisationType" ADD VALUE 'ETAT_DGSIP';
ALTER TYPE "OrganisationType" ADD VALUE 'ETAT_DARES';
ALTER TYPE "OrganisationType" ADD VALUE 'FRANCE_COMPETENCES';
ALTER TYPE "OrganisationType" ADD VALUE 'AGEFIPH';

-- AlterTable
ALTER TABLE "Irritant" ADD COLUMN     "source" TEXT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "uai" TEXT;

-- AlterTable
ALTER TABLE "VoteRound" ADD COLUMN     "demonstration" BOOLEAN NOT NULL DEFAULT false;

-- Demo databases seeded before the flag: their two seeded rounds (made by the demo admin) are demonstrations.
UPDATE "VoteRound" SET "demonstration" = true
WHERE "title" IN ('Premier tour : les données à intégrer en premier', 'Irritants à lever en priorité')
  AND "createdById" IN (SELECT "id" FROM "User" WHERE "email" = 'camille.laurent@dgefp.example.org');
