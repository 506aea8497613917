"use client";

/**
 * Autosave with no lost words: saves a few seconds after typing stops, keeps unsaved text in
 * localStorage until the server has it, retries failed saves (and as soon as the browser is back
 * online), warns before closing the tab, and never overwrites someone else's save: every save carries
 * the version it was based on, and a refused save becomes a "conflict" the curator resolves.
 */
import { useCallback, useEffect, useRef, useState } from "react";

type Versioned = { version: number; savedAt: Date; savedBy: string | null };

export type SaveResponse<T> =
  | { ok: true; version: number; savedAt: Date }
  | { ok: false; conflict: true; message: string; current: T & Versioned }
  | { ok: false; conflict: false; message: string };

export type AutosaveStatus<T> =
  | { kind: "saved"; at: Date | null }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "error"; message: string }
  | { kind: "conflict"; message: string; theirs: T & Versioned };

const RETRY_MS = 3000;

type Draft<T> = { values: T; baseVersion: number };

export function useAutosave<T extends Record<string, string>>({
  storageKey,
  initial,
  initialVersion,
  save,
  delayMs = 2000,
}: {
  storageKey: string;
  initial: T;
  initialVersion: number;
  save: (values: T, baseVersion: number) => Promise<SaveResponse<T>>;
  delayMs?: number;
}) {
  const [values, setValues] = useState<T>(initial);
  const [status, setStatus] = useState<AutosaveStatus<T>>({ kind: "saved", at: null });
  const valuesRef = useRef(values);
  const versionRef = useRef(initialVersion);
  const statusRef = useRef(status);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const update = useCallback((next: AutosaveStatus<T>) => {
    statusRef.current = next;
    setStatus(next);
  }, []);

  const persist = useCallback(() => {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ values: valuesRef.current, baseVersion: versionRef.current } satisfies Draft<T>));
    } catch {
      // Storage full or disabled: the text is still in the editor.
    }
  }, [storageKey]);

  const forget = useCallback(() => {
    try {
      localStorage.removeItem(storageKey);
    } catch {
      /* ignore */
    }
  }, [storageKey]);

  const flushRef = useRef<() => Promise<void>>(async () => {});

  const schedule = useCallback((ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), ms);
  }, []);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (inFlight.current || statusRef.current.kind === "conflict" || statusRef.current.kind === "saved") return;
    const snapshot = valuesRef.current;
    inFlight.current = true;
    update({ kind: "saving" });
    let result: SaveResponse<T>;
    try {
      result = await saveRef.current(snapshot, versionRef.current);
    } catch {
      // Network down or server unreachable: keep the text (editor + localStorage) and try again.
      inFlight.current = false;
      update({ kind: "error", message: "Not saved — retrying" });
      schedule(RETRY_MS);
      return;
    }
    inFlight.current = false;
    if (result.ok) {
      versionRef.current = result.version;
      if (valuesRef.current === snapshot) {
        forget();
        update({ kind: "saved", at: new Date(result.savedAt) });
      } else {
        // Typed while saving: save again, based on the version just written.
        persist();
        update({ kind: "dirty" });
        schedule(delayMs);
      }
    } else if (result.conflict) {
      update({ kind: "conflict", message: result.message, theirs: result.current });
    } else {
      update({ kind: "error", message: `Not saved — ${result.message}` });
      schedule(RETRY_MS * 3);
    }
  }, [delayMs, forget, persist, schedule, update]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const setField = useCallback(
    (name: keyof T, value: string) => {
      const next = { ...valuesRef.current, [name]: value } as T;
      valuesRef.current = next;
      setValues(next);
      persist();
      if (statusRef.current.kind !== "conflict") {
        if (statusRef.current.kind !== "error") update({ kind: "dirty" });
        schedule(delayMs);
      }
    },
    [delayMs, persist, schedule, update],
  );

  /** Conflict: keep my text, knowingly replacing the version shown next to it. */
  const keepMine = useCallback(() => {
    const s = statusRef.current;
    if (s.kind !== "conflict") return;
    versionRef.current = s.theirs.version;
    persist();
    update({ kind: "dirty" });
    void flushRef.current();
  }, [persist, update]);

  /** Conflict: take the other text; mine is dropped (it was shown side by side). */
  const takeTheirs = useCallback(() => {
    const s = statusRef.current;
    if (s.kind !== "conflict") return;
    const { version, savedAt, ...theirs } = s.theirs;
    delete (theirs as Partial<Versioned>).savedBy;
    valuesRef.current = theirs as unknown as T;
    versionRef.current = version;
    setValues(valuesRef.current);
    forget();
    update({ kind: "saved", at: new Date(savedAt) });
  }, [forget, update]);

  // Text left unsaved by an earlier visit (closed tab, crash, offline) comes back and is saved.
  useEffect(() => {
    let draft: Draft<T> | null = null;
    try {
      draft = JSON.parse(localStorage.getItem(storageKey) ?? "null");
    } catch {
      draft = null;
    }
    if (!draft || typeof draft.values !== "object" || typeof draft.baseVersion !== "number") return;
    const differs = Object.keys(initial).some((k) => typeof draft.values[k] === "string" && draft.values[k] !== initial[k]);
    if (!differs) {
      forget();
      return;
    }
    const restored = { ...initial, ...draft.values };
    valuesRef.current = restored;
    versionRef.current = draft.baseVersion;
    // localStorage exists only in the browser, after hydration: restoring the draft has to happen here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValues(restored);
    update({ kind: "dirty" });
    schedule(0);
    // Only on mount: later renders carry the same record.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);

  useEffect(() => {
    const onOnline = () => {
      if (statusRef.current.kind === "error" || statusRef.current.kind === "dirty") void flushRef.current();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (statusRef.current.kind === "saved") return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("beforeunload", onBeforeUnload);
      clearTimeout(timer.current);
    };
  }, []);

  return { values, status, setField, saveNow: flush, keepMine, takeTheirs };
}
