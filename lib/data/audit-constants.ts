export const AUDIT_MAX_PAGE_SIZE = 100;
