import QRCode from "qrcode";
import { appUrl } from "@/lib/config/app-config.ts";

/** The address members scan to join: the session's page, nothing secret (membership is checked at sign-in). */
export function workshopJoinUrl(workshopId: string): string {
  return `${appUrl()}/ateliers/${encodeURIComponent(workshopId)}`;
}

/** The join address as an SVG QR code, drawn on the server. */
export async function workshopQrSvg(workshopId: string): Promise<string> {
  return QRCode.toString(workshopJoinUrl(workshopId), {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
}
