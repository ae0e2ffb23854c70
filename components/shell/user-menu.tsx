"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type ToggleEvent } from "react";
import { useDevice } from "@/components/offline/offline-provider";
import { signOutEverywhereAction } from "@/server/actions/sessions";

const menuId = "user-menu";

/**
 * The signed-in user's name and role, opening on their e-mail, "sign out" and "sign out on every
 * device". The panel is the
 * browser's own popover, which closes on Escape and on a click elsewhere; next-auth's client code
 * loads only when someone signs out, so it is not part of every page's first load.
 */
export function UserMenu({ name, email, role }: { name: string; email: string; role: string }) {
  const t = useTranslations();
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  // Placed under the button's right edge before it shows; focus goes to the first item once it does.
  const place = (event: ToggleEvent<HTMLDivElement>) => {
    const box = trigger.current?.getBoundingClientRect();
    if (event.newState !== "open" || !box || !panel.current) return;
    panel.current.style.top = `${box.bottom + 6}px`;
    panel.current.style.right = `${document.documentElement.clientWidth - box.right}px`;
  };
  const toggled = (event: ToggleEvent<HTMLDivElement>) => {
    setOpen(event.newState === "open");
    if (event.newState === "open") panel.current?.querySelector<HTMLElement>("[role=menuitem]")?.focus();
  };
  const device = useDevice();
  // The device's copy of this user's work goes first, so the next person on this browser never sees it.
  const signOut = async () => {
    await device?.forget().catch(() => undefined);
    await (await import("next-auth/react")).signOut({ callbackUrl: "/sign-in" });
  };
  // Ends the sessions on every device first; this browser signs out as usual even if that fails.
  const signOutEverywhere = async () => {
    try {
      await signOutEverywhereAction({});
    } finally {
      await signOut();
    }
  };
  const itemClass = "w-full cursor-pointer rounded px-3 py-2 text-left text-sm outline-none hover:bg-brand-50 focus-visible:bg-brand-50";

  return (
    <>
      <button
        ref={trigger}
        type="button"
        popoverTarget={menuId}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        className="flex items-center gap-2 rounded-md px-2 py-1 text-left hover:bg-slate-100"
      >
        <span className="flex flex-col leading-tight">
          <span className="text-sm font-medium" data-testid="user-name">
            {name}
          </span>
          <span className="hidden text-xs text-slate-600 sm:block" data-testid="user-role">
            {t(`roles.${role}`)}
          </span>
        </span>
        <span aria-hidden>▾</span>
      </button>
      <div
        ref={panel}
        id={menuId}
        popover="auto"
        onBeforeToggle={place}
        onToggle={toggled}
        className="fixed inset-auto z-50 m-0 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg"
      >
        <p className="px-3 py-2 text-xs text-slate-600">{email}</p>
        <div role="separator" className="my-1 h-px bg-slate-200" />
        <div role="menu" aria-label={name}>
          <button type="button" role="menuitem" onClick={signOut} className={itemClass}>
            {t("shell.signOut")}
          </button>
          <button type="button" role="menuitem" onClick={signOutEverywhere} className={itemClass}>
            {t("shell.signOutEverywhere")}
          </button>
        </div>
      </div>
    </>
  );
}
