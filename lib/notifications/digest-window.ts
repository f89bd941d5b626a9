/** The daily digest leaves at 7 a.m., Paris time: the members read it when their working day starts. */
export const DIGEST_HOUR_PARIS = 7;

const PARIS_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZoneName: "longOffset",
});

function parisParts(instant: Date) {
  const parts = Object.fromEntries(PARIS_PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  const offset = /GMT([+-])(\d{2}):(\d{2})/.exec(parts.timeZoneName ?? "");
  const offsetMinutes = offset ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), offsetMinutes };
}

/** The instant of `hour`:00 in Paris on the Paris calendar day of `instant`, summer and winter time included. */
function parisHourOn(instant: Date, hour: number): Date {
  const { year, month, day, offsetMinutes } = parisParts(instant);
  const wallClock = Date.UTC(year, month - 1, day, hour, 0, 0);
  // The offset of the day's `instant` may not be the offset at `hour` on a night the clocks change: take it there.
  const guess = new Date(wallClock - offsetMinutes * 60_000);
  return new Date(wallClock - parisParts(guess).offsetMinutes * 60_000);
}

/**
 * The notifications a digest sent at `now` covers: those created in the 24 hours before the latest 7 a.m. (Paris)
 * that is not after `now`. Older unsent ones are left alone: a member who switches to the digest does not receive
 * the whole history of their account.
 */
export function digestWindow(now: Date): { from: Date; to: Date } {
  let to = parisHourOn(now, DIGEST_HOUR_PARIS);
  if (to > now) to = parisHourOn(new Date(to.getTime() - 12 * 3_600_000), DIGEST_HOUR_PARIS);
  const from = parisHourOn(new Date(to.getTime() - 12 * 3_600_000), DIGEST_HOUR_PARIS);
  return { from, to };
}
