import { z } from "zod";

export const signInSchema = z.object({
  email: z.email("Enter a valid email address").trim().toLowerCase().max(254, "That email address is too long"),
  // Length is capped so a huge body cannot make argon2 work for nothing; the policy (≥ 12) applies when setting one.
  password: z.string().min(1, "Enter your password").max(256, "That password is too long"),
});

export const newPasswordSchema = z
  .string()
  .min(12, "Use at least 12 characters")
  .max(256, "Use at most 256 characters");

export const roleSchema = z.enum(["CURATOR", "EDITOR", "ADMIN"]);
