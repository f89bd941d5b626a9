const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });
const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "short",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});
const numberFormat = new Intl.NumberFormat("fr-FR");

export const formatDate = (date: Date) => dateFormat.format(date);
export const formatDateTime = (date: Date) => dateTimeFormat.format(date);
export const formatNumber = (value: number) => numberFormat.format(value);
/** French plural mark of a count: « 1 point », « 0 point », « 2 points ». */
export const plural = (count: number) => (count > 1 ? "s" : "");
/** A wait in French, for Retry-After messages: « 40 secondes », « 2 minutes » (minutes rounded up). */
export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} seconde${plural(seconds)}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${plural(minutes)}`;
}
