import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db/client.ts";
import { emailFrom } from "@/lib/config/app-config.ts";
import { env, isDemoMode } from "@/lib/config/env.ts";

export type TMail = { to: string; subject: string; text: string; html: string };

let transport: nodemailer.Transporter | undefined;

/**
 * In demo mode nothing leaves the machine: the message lands in the mailbox
 * shown at /dev/mailbox. Otherwise it goes through SMTP_URL.
 */
export async function sendMail(mail: TMail): Promise<void> {
  if (isDemoMode()) {
    await db.devMail.create({ data: mail });
    return;
  }
  const url = env().SMTP_URL;
  if (!url) throw new Error("SMTP_URL n'est pas configuré : impossible d'envoyer un e-mail hors mode démonstration.");
  transport ??= nodemailer.createTransport(url);
  await transport.sendMail({ from: emailFrom(), ...mail });
}
