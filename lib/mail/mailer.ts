/**
 * Outgoing email through SMTP (nodemailer). Optional: without SMTP_HOST nothing is sent and the admin
 * copies invitation links from the dashboard instead.
 */
import nodemailer from "nodemailer";
import type { Env } from "../env";

export type MailConfig = {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
};

export type Mail = { to: string; subject: string; text: string };

export type Mailer = { send(mail: Mail): Promise<void> };

export function mailConfigFromEnv(e: Env): MailConfig | null {
  if (!e.SMTP_HOST || !e.MAIL_FROM) return null;
  return { host: e.SMTP_HOST, port: e.SMTP_PORT, secure: e.SMTP_SECURE, user: e.SMTP_USER, password: e.SMTP_PASSWORD, from: e.MAIL_FROM };
}

export function createMailer(config: MailConfig): Mailer {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.user ? { user: config.user, pass: config.password ?? "" } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
