import { z } from "zod";
import { newPasswordSchema, roleSchema } from "./auth";

const email = z.email("Enter a valid email address").trim().toLowerCase().max(254, "That email address is too long");
const id = z.string().trim().min(1, "Missing id").max(64);
export const personName = z.string().trim().min(1, "Enter a name").max(120, "Use at most 120 characters");

export const inviteSchema = z.object({ email, role: roleSchema });
export const changeRoleSchema = z.object({ userId: id, role: roleSchema });
export const userIdSchema = z.object({ userId: id });
export const invitationIdSchema = z.object({ invitationId: id });

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(16).max(128),
    name: personName,
    password: newPasswordSchema,
    confirmPassword: z.string().max(256),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ" });

export const changeNameSchema = z.object({ name: personName });
export const changeEmailSchema = z.object({
  email,
  currentPassword: z.string().min(1, "Enter your current password").max(256),
});
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(256),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(256),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ" });
