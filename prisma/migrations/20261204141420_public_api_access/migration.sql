-- CreateEnum
CREATE TYPE "HabilitationKind" AS ENUM ('DATAPASS', 'CONVENTION', 'OPEN_ACCESS', 'NOT_YET');

-- AlterTable
ALTER TABLE "DataItem" ADD COLUMN     "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "PublicApi" ADD COLUMN     "availability" "Availability",
ADD COLUMN     "availabilityCheckedOn" TIMESTAMP(3),
ADD COLUMN     "availabilitySource" TEXT,
ADD COLUMN     "habilitation" "HabilitationKind",
ADD COLUMN     "habilitationDetails" TEXT,
ADD COLUMN     "habilitationUrl" TEXT;
