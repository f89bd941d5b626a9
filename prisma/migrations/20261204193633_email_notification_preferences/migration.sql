-- CreateEnum
CREATE TYPE "EmailNotifications" AS ENUM ('EACH', 'DAILY_DIGEST', 'NONE');

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailNotifications" "EmailNotifications" NOT NULL DEFAULT 'EACH';

-- CreateIndex
CREATE INDEX "Notification_emailedAt_createdAt_idx" ON "Notification"("emailedAt", "createdAt");
