import type { Role } from "../generated/prisma/enums";

export const roleLabel: Record<Role, string> = { CURATOR: "curator", EDITOR: "editor", ADMIN: "admin" };
