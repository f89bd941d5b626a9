import { publishLiveEvent } from "@/lib/live/live-events.ts";

/** Every screen of the workshop refetches its state (members only: a workshop is not public). */
export async function publishWorkshopChange(workshopId: string): Promise<void> {
  await publishLiveEvent({ type: "workshop.changed", workshopId }, "members");
}
