/**
 * Permission checks inside the data layer: the check that counts is next to the write, so a forgotten
 * guard in an action cannot open a hole. The rules themselves live in lib/auth/permissions.ts (one
 * definition of the roles for guards, actions and data); the names here are the editor's.
 */
export { type Actor, assertRole, hasRole as actorHasRole, ForbiddenError as PermissionError } from "../auth/permissions";
